package uk.nhs.smartcardportal.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy one CPU core was between two readings, from /proc/stat, and how much of it this JVM (the simulated people)
 * took: tells whether the core beside the portal's, shared by the people, the provider and MariaDB, was the limit.
 */
final class CoreUse {

    private final long busyTicks;
    private final long allTicks;
    private final long driverNanos;
    private final long wallNanos;

    private CoreUse(long busyTicks, long allTicks, long driverNanos, long wallNanos) {
        this.busyTicks = busyTicks;
        this.allTicks = allTicks;
        this.driverNanos = driverNanos;
        this.wallNanos = wallNanos;
    }

    static CoreUse of(String core) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
            String[] fields = line.split("\\s+");
            if (fields[0].equals("cpu" + core)) {
                long all = 0;
                for (int field = 1; field < Math.min(fields.length, 9); field++) {
                    all += Long.parseLong(fields[field]);
                }
                // idle and iowait: the core had nothing to run
                long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
                return new CoreUse(all - idle, all, driverCpuNanos(), System.nanoTime());
            }
        }
        throw new IOException("No cpu" + core + " in /proc/stat");
    }

    /** The share of the core that was busy since the earlier reading, 0 to 1. */
    double busySince(CoreUse earlier) {
        long all = allTicks - earlier.allTicks;
        return all == 0 ? 0 : (busyTicks - earlier.busyTicks) / (double) all;
    }

    /** This JVM's CPU since the earlier reading, as a share of one core over the same wall time. */
    double driverSince(CoreUse earlier) {
        long wall = wallNanos - earlier.wallNanos;
        return wall == 0 ? 0 : (driverNanos - earlier.driverNanos) / (double) wall;
    }

    private static long driverCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
