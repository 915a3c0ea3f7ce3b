package org.jointcultivation.core.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.vocabulary.Vocabulary;

/**
 * Reads and writes policy packs as regulation files: JSON ({@code .json}) or YAML ({@code .yaml},
 * {@code .yml}), wrapped as {@code {"formatVersion": 1, "pack": {...}}}. Field names are those of
 * the model's accessors ({@code id}, {@code version}, {@code layer}, {@code norms}, {@code
 * parameters}…); dates are ISO days ({@code 2024-09-01}) and durations ISO periods ({@code P14D}).
 * Unknown fields are an error, and every value is validated as when built in code.
 *
 * <pre>{@code
 * PolicyPack solent = PolicyPackFiles.read(Path.of("regulations/solent.yaml"));
 * RuleEngine engine = RuleEngine.builder().addPack(solent).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PolicyPackFiles {
  /** The version of the file format this library writes and reads. */
  public static final int FORMAT_VERSION = CultivationJson.FORMAT_VERSION;

  // Absent and empty values are left out, so that a file holds only what the regulation says.
  private static final JsonInclude.Include FILE_INCLUSION = JsonInclude.Include.NON_EMPTY;

  private static final ObjectMapper JSON = CultivationJson.configure(JsonMapper.builder().build(), FILE_INCLUSION);

  /** Loaded on first use, so that JSON works without jackson-dataformat-yaml on the class path. */
  private static final class Yaml {
    // Strings stay double-quoted: unquoted or single-quoted YAML folds some line breaks (U+0085) away.
    static final ObjectMapper MAPPER = CultivationJson.configure(new ObjectMapper(new YAMLFactory()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)), FILE_INCLUSION);

    static boolean isAlias(JsonParser parser) {
      return parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml && yaml.isCurrentAlias();
    }
  }

  /**
   * The longest regulation file read, in characters. The bound is checked before any scanning:
   * YAML scanning of one long scalar takes superlinear time, and no regulation is this long.
   */
  public static final int MAX_FILE_CHARS = 4 * 1024 * 1024;

  private PolicyPackFiles() {}

  /** A file format. */
  public enum Format {
    /** JSON. */
    JSON,
    /** YAML. */
    YAML;

    /** The format of {@code file}, by its extension. */
    public static Format of(Path file) {
      String name = Objects.requireNonNull(file, "file").getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".json")) {
        return JSON;
      }
      if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        return YAML;
      }
      throw new IllegalArgumentException("regulation file " + file + " must end in .json, .yaml or .yml");
    }
  }

  /**
   * Reads the pack in {@code file}.
   *
   * @throws RegulationFileException naming the file, the path in it and the reason, if it is not a
   *     valid pack
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PolicyPack read(Path file) {
    return readFile(file, "regulation", PolicyPackFiles::read);
  }

  /** What reads one kind of file from a reader: a pack or a vocabulary. */
  private interface FileReader<T> {
    T read(Reader reader, String source, Format format);
  }

  private static <T> T readFile(Path file, String what, FileReader<T> contents) {
    Format format = Format.of(file);
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return contents.read(reader, file.toString(), format);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + " file " + file, e);
    }
  }

  /**
   * Reads a pack from {@code reader}; {@code source} names it in errors.
   *
   * @throws RegulationFileException if it is not a valid pack
   */
  public static PolicyPack read(Reader reader, String source, Format format) {
    Document document = readDocument(reader, source, format, Document.class);
    if (document.formatVersion() != FORMAT_VERSION) {
      throw new RegulationFileException(source, "$.formatVersion",
          "format version " + document.formatVersion() + " is not supported; this library reads " + FORMAT_VERSION,
          new IllegalArgumentException());
    }
    return document.pack();
  }

  /**
   * Reads the vocabulary in {@code file} (JSON or YAML, by its extension): the attributes and event
   * kinds a programme declares, see {@link Vocabulary}.
   *
   * @throws RegulationFileException naming the file, the path in it and the reason, if it is not a
   *     valid vocabulary
   * @throws UncheckedIOException if the file cannot be read
   * @since 0.2.0
   */
  public static Vocabulary readVocabulary(Path file) {
    return readFile(file, "vocabulary", PolicyPackFiles::readVocabulary);
  }

  /**
   * Reads a vocabulary from {@code reader}; {@code source} names it in errors.
   *
   * @throws RegulationFileException if it is not a valid vocabulary
   * @since 0.2.0
   */
  public static Vocabulary readVocabulary(Reader reader, String source, Format format) {
    return readDocument(reader, source, format, Vocabulary.class);
  }

  private static <T> T readDocument(Reader reader, String source, Format format, Class<T> type) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    ObjectMapper mapper = Objects.requireNonNull(format, "format") == Format.YAML ? Yaml.MAPPER : JSON;
    try {
      String text = bounded(reader, source);
      if (format == Format.YAML) {
        refuseAliases(mapper, text, source);
      }
      return mapper.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw CultivationJson.failure(source, e, RegulationFileException::new);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read regulation " + source, e);
    }
  }

  /** The whole text, or an error as soon as it is longer than {@link #MAX_FILE_CHARS}. */
  private static String bounded(Reader reader, String source) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
      text.append(buffer, 0, read);
      if (text.length() > MAX_FILE_CHARS) {
        throw new RegulationFileException(source, "$", "the file is longer than " + MAX_FILE_CHARS
            + " characters; a regulation file is far shorter, so this is not one", null);
      }
    }
    return text.toString();
  }

  /**
   * Refuses YAML aliases ({@code *name}): the YAML reader would read one as the anchor's name, a
   * silent wrong value. Each value is written out where it is used instead.
   */
  private static void refuseAliases(ObjectMapper mapper, String text, String source) throws IOException {
    try (JsonParser parser = mapper.getFactory().createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (Yaml.isAlias(parser)) {
          String where = parser.getParsingContext().pathAsPointer().toString().replace('/', '.');
          throw new RegulationFileException(source, "$" + where + " (" + CultivationJson.location(parser) + ")",
              "YAML alias *" + parser.getText() + " is not supported: write the value out in full", null);
        }
      }
    }
  }

  /** Reads a pack from JSON text. */
  public static PolicyPack fromJson(String json) {
    return read(new java.io.StringReader(Objects.requireNonNull(json, "json")), "<json>", Format.JSON);
  }

  /** The pack as JSON text, fields in a stable order. */
  public static String toJson(PolicyPack pack) {
    return write(JSON, pack);
  }

  /** The pack as YAML text, fields in a stable order. */
  public static String toYaml(PolicyPack pack) {
    return write(Yaml.MAPPER, pack);
  }

  /**
   * Writes {@code pack} to {@code file}, in the format its extension names.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(PolicyPack pack, Path file) {
    Objects.requireNonNull(pack, "pack");
    String text = Format.of(file) == Format.YAML ? toYaml(pack) : toJson(pack);
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write regulation file " + file, e);
    }
  }

  private static String write(ObjectMapper mapper, PolicyPack pack) {
    try {
      return mapper.writeValueAsString(new Document(FORMAT_VERSION, Objects.requireNonNull(pack, "pack")));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write pack " + pack.coordinates(), e);
    }
  }

  /** The file's top level: its format version and the pack. */
  private record Document(int formatVersion, PolicyPack pack) {
    @JsonCreator
    Document(@JsonProperty(value = "formatVersion", required = true) int formatVersion,
        @JsonProperty(value = "pack", required = true) PolicyPack pack) {
      this.formatVersion = formatVersion;
      this.pack = pack;
    }
  }
}
