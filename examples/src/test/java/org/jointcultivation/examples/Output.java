package org.jointcultivation.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Runs an example and captures what it prints. */
final class Output {
  private Output() {}

  static String of(Consumer<PrintStream> example) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    example.accept(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
