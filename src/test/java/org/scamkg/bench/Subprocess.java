package org.scamkg.bench;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code scamkg} commands in their own JVM, as a user would, from the built jar. */
final class Subprocess {
    private Subprocess() {}

    static Process start(Path project, List<String> jvm, List<String> args, Path log) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.add("-Dscamkg.home=" + project);
        cmd.add("-jar");
        cmd.add(project.resolve("target/scamkg.jar").toString());
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Runs to the end; answers its output; fails with the output when the exit code is not 0. */
    static String scamkg(Path project, List<String> jvm, List<String> args, Path log) throws Exception {
        Process p = start(project, jvm, args, log);
        int rc = p.waitFor();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        if (rc != 0) throw new IllegalStateException("scamkg " + String.join(" ", args) + " failed (" + rc + "):" + File.separator + out);
        return out;
    }
}
