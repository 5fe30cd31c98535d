package uk.nhs.smartcardportal.privacy;

/** A subject access export: the file's name and its JSON. */
public record SubjectAccessFile(String fileName, byte[] content) {}
