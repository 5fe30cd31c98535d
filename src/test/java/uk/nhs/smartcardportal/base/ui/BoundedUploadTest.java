package uk.nhs.smartcardportal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** An upload is bounded while it arrives, whatever size the request claims. */
class BoundedUploadTest {

    private static final int LIMIT = 1024 * 1024;
    private static final long A_GIGABYTE = 1024L * 1024 * 1024;

    private final List<byte[]> kept = new ArrayList<>();
    private final List<String> told = new ArrayList<>();
    private final BoundedUpload upload = new BoundedUpload(LIMIT, (name, bytes) -> kept.add(bytes), told::add);

    /** A body of a gigabyte that is made as it is read, counting what is read. */
    private static InputStream aGigabyte(AtomicLong read) {
        return new InputStream() {
            private long left = A_GIGABYTE;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                left--;
                read.incrementAndGet();
                return 'x';
            }
        };
    }

    private static UploadEvent event(long claimedSize, InputStream body) {
        UploadEvent event = mock(UploadEvent.class);
        when(event.getFileName()).thenReturn("staff.csv");
        when(event.getFileSize()).thenReturn(claimedSize);
        when(event.getInputStream()).thenReturn(body);
        return event;
    }

    @Test
    void aGigabyteBodyThatClaimsToBeSmallIsRefusedAfterReadingJustOverTheLimit() throws Exception {
        AtomicLong read = new AtomicLong();
        UploadEvent event = event(100, aGigabyte(read));
        long heapBefore = usedHeap();

        upload.handleUploadRequest(event);

        assertThat(read.get()).isEqualTo(LIMIT + 1);
        assertThat(kept).isEmpty();
        assertThat(told).containsExactly("The file is larger than 1 MB. Split it and import each part.");
        verify(event).reject("The file is larger than 1 MB. Split it and import each part.");
        assertThat(usedHeap() - heapBefore).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void aBodyThatSaysItIsTooLargeIsRefusedUnread() throws Exception {
        AtomicLong read = new AtomicLong();
        UploadEvent event = event(A_GIGABYTE, aGigabyte(read));

        upload.handleUploadRequest(event);

        assertThat(read.get()).isZero();
        assertThat(kept).isEmpty();
        verify(event).reject("The file is larger than 1 MB. Split it and import each part.");
    }

    @Test
    void aFileWithinTheLimitIsKeptWhole() throws Exception {
        byte[] file = "Employee number,First name\n".getBytes();
        UploadEvent event = event(file.length, new ByteArrayInputStream(file));

        upload.handleUploadRequest(event);

        assertThat(kept).containsExactly(file);
        verify(event, never()).reject(org.mockito.ArgumentMatchers.anyString());
        assertThat(upload.getFileSizeMax()).isEqualTo(LIMIT);
        assertThat(upload.getRequestSizeMax()).isLessThan(2L * LIMIT);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
