package org.reelwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    @TempDir
    Path folder;

    @Test
    void withNoWindowRunningTheStartCarriesOnByItself() {
        assertFalse(SingleInstance.handOff(folder, Optional.of(folder.resolve("film.json"))));
    }

    @Test
    void theRunningWindowReceivesTheFileAndAComeToTheFront() throws Exception {
        LinkedBlockingQueue<Optional<Path>> received = new LinkedBlockingQueue<>();
        try (SingleInstance running = SingleInstance.listen(folder, received::add)) {
            Path film = folder.resolve("片子 film.json");
            assertTrue(SingleInstance.handOff(folder, Optional.of(film)));
            assertEquals(Optional.of(film.toAbsolutePath().normalize()), received.poll(5, TimeUnit.SECONDS));
            assertTrue(SingleInstance.handOff(folder, Optional.empty()));
            assertEquals(Optional.empty(), received.poll(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void aConnectionWithoutTheTokenOpensNothing() throws Exception {
        LinkedBlockingQueue<Optional<Path>> received = new LinkedBlockingQueue<>();
        try (SingleInstance running = SingleInstance.listen(folder, received::add)) {
            int port = Integer.parseInt(Files.readAllLines(folder.resolve(SingleInstance.FILE_NAME)).get(0));
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                out.write("not-the-token\n/etc/passwd\n");
                out.flush();
                assertEquals(-1, socket.getInputStream().read(), "no answer to a stranger");
            }
            // the listener still serves the window's own starts afterwards
            assertTrue(SingleInstance.handOff(folder, Optional.of(folder.resolve("a.json"))));
            assertEquals(Optional.of(folder.resolve("a.json")), received.poll(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void aClosedWindowLeavesNoPortFileAndAStaleOneIsIgnored() throws Exception {
        SingleInstance.listen(folder, file -> { }).close();
        assertFalse(Files.exists(folder.resolve(SingleInstance.FILE_NAME)));
        int unusedPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            unusedPort = probe.getLocalPort();
        }
        Files.write(folder.resolve(SingleInstance.FILE_NAME), List.of(String.valueOf(unusedPort), "token"));
        assertFalse(SingleInstance.handOff(folder, Optional.empty()));
        Files.write(folder.resolve(SingleInstance.FILE_NAME), List.of("not a port"));
        assertFalse(SingleInstance.handOff(folder, Optional.empty()));
    }
}
