package org.jointcultivation.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jointcultivation.core.json.PolicyPackFiles;

/**
 * Where each value of a JSON or YAML file begins, by its JSON path ({@code $.pack.norms[2].condition}):
 * what turns the library's paths into {@code file:line:column}.
 */
final class FilePositions {
  /** A line and column, counted from 1. */
  record Position(int line, int column) {
    @Override
    public String toString() {
      return line + ":" + column;
    }
  }

  private final Map<String, Position> byPath;

  private FilePositions(Map<String, Position> byPath) {
    this.byPath = byPath;
  }

  /** The positions of {@code file}'s values; none if it cannot be scanned (its reader reports why). */
  static FilePositions of(Path file) {
    Map<String, Position> byPath = new HashMap<>();
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      JsonFactory factory = PolicyPackFiles.Format.of(file) == PolicyPackFiles.Format.YAML
          ? new YAMLFactory() : new JsonFactory();
      try (JsonParser parser = factory.createParser(text)) {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
            continue;
          }
          // A field's name comes first, so a value is found where its name is written.
          JsonLocation at = parser.currentTokenLocation();
          String pointer = parser.getParsingContext().pathAsPointer().toString();
          byPath.putIfAbsent(jsonPath(pointer), new Position(at.getLineNr(), at.getColumnNr()));
        }
      }
    } catch (IOException | RuntimeException e) {
      // A file that cannot be scanned is reported by its reader, with the reason; here it has no positions.
    }
    return new FilePositions(byPath);
  }

  /** {@code /pack/norms/2/condition} as {@code $.pack.norms[2].condition}. */
  private static String jsonPath(String pointer) {
    StringBuilder path = new StringBuilder("$");
    for (String part : com.google.common.base.Splitter.on('/').split(pointer)) {
      if (part.isEmpty()) {
        continue;
      }
      String name = part.replace("~1", "/").replace("~0", "~");
      if (name.chars().allMatch(Character::isDigit)) {
        path.append('[').append(name).append(']');
      } else {
        path.append('.').append(name);
      }
    }
    return path.toString();
  }

  /**
   * The position of {@code path}, or of the nearest value that contains it: a parameter a norm
   * lacks is reported at the norm.
   */
  Optional<Position> of(String path) {
    for (String at = path; !at.isEmpty(); at = parent(at)) {
      Position position = byPath.get(at);
      if (position != null) {
        return Optional.of(position);
      }
    }
    return Optional.empty();
  }

  /** The position of exactly {@code path}, if the file has a value there. */
  Optional<Position> exactly(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }
}
