package dev.lambdaharness.core.internal.rewrite.probe;

import dev.lambdaharness.core.internal.rewrite.StorageWriter;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/** Writes files in each way the rewriter counts against ephemeral storage, and in two it must leave alone. */
public class StorageProbe implements StorageWriter {

    /** A function's own subclass: its {@code super(...)} call stays a call of FileOutputStream's constructor. */
    static final class OwnStream extends FileOutputStream {
        OwnStream(File file) throws FileNotFoundException {
            super(file);
        }
    }

    @Override
    public String write(String how, Path file, int bytes) {
        byte[] data = new byte[bytes];
        Arrays.fill(data, (byte) 'x');
        String text = new String(data, StandardCharsets.US_ASCII);
        try {
            switch (how) {
                case "Files.write" -> Files.write(file, data);
                case "Files.newOutputStream" -> {
                    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                        out.write(data);
                    }
                }
                case "Files.writeString" -> Files.writeString(file, text);
                case "Files.write lines" -> Files.write(file, List.of(text.substring(1))); // the line break is the last byte
                case "Files.newBufferedWriter" -> {
                    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
                        writer.write(text);
                    }
                }
                case "Files.copy" -> Files.copy(new ByteArrayInputStream(data), file, StandardCopyOption.REPLACE_EXISTING);
                case "new FileOutputStream(String)" -> {
                    try (FileOutputStream out = new FileOutputStream(file.toString())) {
                        out.write(data, 0, data.length);
                    }
                }
                case "new FileOutputStream(File, true)" -> {
                    try (FileOutputStream out = new FileOutputStream(file.toFile(), true)) {
                        for (byte b : data) {
                            out.write(b);
                        }
                    }
                }
                case "subclass" -> {
                    try (FileOutputStream out = new OwnStream(file.toFile())) {
                        out.write(data);
                    }
                }
                case "descriptor" -> {
                    try (RandomAccessFile random = new RandomAccessFile(file.toFile(), "rw");
                            FileOutputStream out = new FileOutputStream(random.getFD())) {
                        out.write(data);
                    }
                }
                default -> throw new IllegalArgumentException(how);
            }
            return "ok";
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
