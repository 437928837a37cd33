package org.reelwright.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One window per workspace: a second start (a double-click on a project file, {@code reelwright FILE.json}) hands
 * the file to the window already running on the same workspace instead of starting a second one, which the
 * workspace lock would refuse anyway.
 *
 * <p>The running window listens on a loopback socket (127.0.0.1, a port the system picks) and writes the port and a
 * random token to {@value #FILE_NAME} in the workspace folder, readable by the user only. A second start reads
 * that file, connects, sends the token and the file's absolute path (or an empty line: "come to the front"), and
 * stops once the window answers {@value #ACCEPTED}. Anything else — no file, a stale port, a wrong token, no answer
 * within {@link #TIMEOUT_MILLIS} — means no window took it, and the second start carries on as a first one. The
 * token keeps other users of the machine (who can reach loopback ports but not the user's folder) from making the
 * window open files.
 */
public final class SingleInstance implements AutoCloseable {
    public static final String FILE_NAME = "window.port";
    static final String ACCEPTED = "ok";
    static final int TIMEOUT_MILLIS = 2_000;
    /** The longest line read from a connection: a path, with room to spare; anything longer is refused. */
    static final int MAX_LINE = 8_192;

    private final ServerSocket server;
    private final Path portFile;

    private SingleInstance(ServerSocket server, Path portFile) {
        this.server = server;
        this.portFile = portFile;
    }

    /**
     * Hands {@code file} (or, when empty, a request to come to the front) to the window running on the workspace
     * in {@code folder}.
     *
     * @return whether a running window took it (then this start has nothing more to do)
     */
    public static boolean handOff(Path folder, Optional<Path> file) {
        Path portFile = folder.resolve(FILE_NAME);
        List<String> lines;
        try {
            if (!Files.isRegularFile(portFile) || Files.size(portFile) > 200) {
                return false;
            }
            lines = Files.readAllLines(portFile, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return false;
        }
        if (lines.size() < 2) {
            return false;
        }
        int port;
        try {
            port = Integer.parseInt(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            out.write(lines.get(1).trim() + "\n" + file.map(f -> f.toAbsolutePath().normalize().toString()).orElse("")
                    + "\n");
            out.flush();
            String answer = readLine(new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8)));
            return ACCEPTED.equals(answer);
        } catch (IOException | IllegalArgumentException e) {
            return false; // a stale file of a window that is gone, or one that did not answer
        }
    }

    /**
     * Listens for later starts on this workspace, from now until {@link #close()}: each hands over a file to open
     * (present) or asks the window to come to the front (empty). {@code received} runs on the listening thread.
     */
    public static SingleInstance listen(Path folder, Consumer<Optional<Path>> received) throws IOException {
        ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        Path portFile = folder.resolve(FILE_NAME);
        Path part = folder.resolve(FILE_NAME + ".part");
        try {
            Files.deleteIfExists(part);
            Files.createFile(part);
            try {
                Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Windows: the user's profile folder is private already
            }
            Files.writeString(part, server.getLocalPort() + "\n" + token + "\n", StandardCharsets.US_ASCII);
            Files.move(part, portFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        Thread thread = new Thread(() -> serve(server, token, received), "reelwright-single-instance");
        thread.setDaemon(true);
        thread.start();
        SingleInstance instance = new SingleInstance(server, portFile);
        // ended by the system (logout, SIGTERM) rather than by closing the window: no stale port file either
        Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "reelwright-single-instance-end"));
        return instance;
    }

    private static void serve(ServerSocket server, String token, Consumer<Optional<Path>> received) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(TIMEOUT_MILLIS);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.UTF_8));
                String sentToken = readLine(in);
                String path = readLine(in);
                if (!token.equals(sentToken) || path == null) {
                    continue; // not one of ours: no answer, nothing opened
                }
                Optional<Path> file = path.isEmpty() ? Optional.empty() : Optional.of(Path.of(path));
                if (file.isPresent() && !file.get().isAbsolute()) {
                    continue;
                }
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                out.write(ACCEPTED + "\n");
                out.flush();
                received.accept(file);
            } catch (IOException | RuntimeException e) {
                // one bad connection (closed early, too long, a path the system cannot name) must not stop the
                // listener; the start that sent it carries on by itself
            }
        }
    }

    /** One line of at most {@link #MAX_LINE} characters, or null at the end of the stream. */
    private static String readLine(BufferedReader in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                return line.length() == 0 ? null : line.toString();
            }
            if (line.length() >= MAX_LINE) {
                throw new IOException("line too long");
            }
            line.append((char) c);
        }
        return line.toString();
    }

    /** Stops listening and removes the port file, so later starts start a window of their own. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // the port is released when the process ends anyway
        }
        try {
            Files.deleteIfExists(portFile);
        } catch (IOException e) {
            // a stale file only costs the next start one refused connection
        }
    }
}
