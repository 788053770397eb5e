package dev.godwit.internal.script;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a revision file as strict UTF-8, reporting the line of the first invalid byte. */
final class Utf8Files {
    private Utf8Files() {}

    static String read(Path file) {
        byte[] bytes;
        try {
            bytes = readAllBytes(file);
        } catch (NoSuchFileException | FileNotFoundException e) {
            if (e instanceof FileNotFoundException && Files.exists(file)) {
                throw new GodwitException(ErrorCode.IO_FAILED, file + ": cannot read the file (" + e.getMessage() + ")",
                        "check that the file exists and is readable");
            }
            throw new GodwitException(ErrorCode.IO_FAILED, file + ": file not found", "check the path");
        } catch (IOException e) {
            throw new GodwitException(ErrorCode.IO_FAILED, file + ": cannot read the file (" + e.getMessage() + ")",
                    "check that the file exists and is readable");
        }
        // The lenient decoder is the fast one, and it marks every malformed sequence with U+FFFD: text
        // without that character decoded cleanly. Only a file that has it is decoded again strictly,
        // to tell a malformed byte (an error, with its line) from a U+FFFD written in the file.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new GodwitException(ErrorCode.BAD_REVISION_FILE, 
                    file + ":" + lineAt(bytes, offset) + ": not valid UTF-8 (byte 0x"
                            + String.format("%02X", bytes[offset] & 0xFF) + " at offset " + offset + ")",
                    "save the file with UTF-8 encoding");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /**
     * The file's bytes. java.io's stream is used where it can be: a command reads every revision file,
     * and on a JVM that has just started it opens and reads a file at a fraction of the cost of
     * {@link Files#readAllBytes} (docs/performance.md).
     */
    private static byte[] readAllBytes(Path file) throws IOException {
        if (file.getFileSystem() != FileSystems.getDefault()) {
            return Files.readAllBytes(file);
        }
        try (FileInputStream in = new FileInputStream(file.toFile())) {
            return in.readAllBytes();
        }
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
