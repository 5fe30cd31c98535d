package uk.nhs.smartcardportal.base.ui;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * Receives one uploaded file into memory, reading at most the limit: the browser's own size check is only a
 * courtesy, so a larger body, whatever size it claims, is refused while it arrives and nothing of it is kept.
 */
public final class BoundedUpload implements UploadHandler {

    /** Room for the multipart headers around the file. */
    private static final long ENVELOPE = 64 * 1024;

    private final int maxBytes;
    private final SerializableBiConsumer<String, byte[]> received;
    private final SerializableConsumer<String> refused;

    /**
     * @param received the file's name and bytes, for a file within the limit
     * @param refused  what to tell the person about a file over it
     */
    public BoundedUpload(
            int maxBytes, SerializableBiConsumer<String, byte[]> received, SerializableConsumer<String> refused) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + ENVELOPE;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            refuse(event);
            return;
        }
        received.accept(event.getFileName(), bytes);
    }

    private void refuse(UploadEvent event) {
        String message = "The file is larger than " + maxBytes / 1024 / 1024 + " MB. Split it and import each part.";
        event.reject(message);
        refused.accept(message);
    }
}
