package dev.godwit.script;

import dev.godwit.api.GodwitException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a revision file as strict UTF-8, reporting the line of the first invalid byte. */
final class Utf8Files {
    private Utf8Files() {}

    static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new GodwitException(file + ": file not found", "check the path");
        } catch (IOException e) {
            throw new GodwitException(file + ": cannot read the file (" + e.getMessage() + ")",
                    "check that the file exists and is readable");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new GodwitException(
                    file + ":" + lineAt(bytes, offset) + ": not valid UTF-8 (byte 0x"
                            + String.format("%02X", bytes[offset] & 0xFF) + " at offset " + offset + ")",
                    "save the file with UTF-8 encoding");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
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
