package uk.nhs.smartcardportal.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Keeps the benchmark's own work (this JVM and the services it started, MariaDB among them) off the portal's CPU. */
final class CpuPinning {

    private CpuPinning() {}

    static void pinThisJvmAndItsChildren(String cpus) throws IOException, InterruptedException {
        List<Long> pids = new ArrayList<>();
        pids.add(ProcessHandle.current().pid());
        ProcessHandle.current().descendants().forEach(child -> pids.add(child.pid()));
        for (long pid : pids) {
            // -a: every thread the process has now; threads started later inherit the setting
            Process taskset = new ProcessBuilder("taskset", "-a", "-p", "-c", cpus, String.valueOf(pid))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(taskset.getInputStream().readAllBytes());
            if (!taskset.waitFor(10, TimeUnit.SECONDS) || taskset.exitValue() != 0) {
                throw new IOException("taskset could not pin process " + pid + ": " + output);
            }
        }
    }
}
