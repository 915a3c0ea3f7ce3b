package org.jointcultivation.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jointcultivation.core.agreement.AgreementClause;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The model's JSON form, through Jackson: every value type, event, agreement clause, policy pack
 * and {@link org.jointcultivation.core.record.CultivationRecord record} reads and writes JSON.
 *
 * <p>Field names are those of the model's accessors ({@code id}, {@code date}, {@code student},
 * {@code attendees}…) and are part of the format: they change only with {@link #FORMAT_VERSION}.
 * Days are ISO dates ({@code 2024-09-01}), periods ISO periods ({@code P14D}), identifiers plain
 * text; an event or clause names its kind in {@code "type"} (the simple name of its class, such as
 * {@code "SupervisionMeetingHeld"}), and a {@link org.jointcultivation.core.party.PersonId} its
 * kind as a key ({@code {"student": "S-1"}}). Absent optional values are left out; empty
 * collections are written as {@code []} and may be left out when reading. Whole documents, a
 * record or an assessment, carry {@code "formatVersion"}.
 *
 * <p>Reading is strict: unknown fields, duplicate keys, missing required fields and trailing text
 * are errors, and every value is validated as when built in code. Errors are {@link
 * JsonFormatException}s naming the JSON path and the reason.
 *
 * <pre>{@code
 * String json = CultivationJson.toJson(meeting);
 * CultivationEvent back = CultivationJson.fromJson(json, CultivationEvent.class);
 * CultivationRecord record = CultivationJson.fromJson(Files.readString(file), CultivationRecord.class);
 * }</pre>
 *
 * <p>To use your own {@link ObjectMapper} (a web framework's, say), register {@link JavaTimeModule}
 * and {@link Jdk8Module} on it, or start from {@link #newMapper()}.
 *
 * @since 0.1.0
 */
public final class CultivationJson {
  /** The version of the JSON format this library writes and reads. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER = configure(JsonMapper.builder().build(), JsonInclude.Include.NON_ABSENT);
  private static final ObjectWriter WRITER = MAPPER.writer();

  private CultivationJson() {}

  /**
   * A new mapper configured as this class reads and writes; callers may change their copy freely.
   */
  public static JsonMapper newMapper() {
    return (JsonMapper) configure(JsonMapper.builder().build(), JsonInclude.Include.NON_ABSENT);
  }

  /** {@code value} as JSON text, indented, fields in a stable order. */
  public static String toJson(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * {@code value} as JSON text, written as a {@code type}; needed where the type has parameters the
   * value cannot tell at run time, such as a {@code List<CultivationEvent>}, whose events must name
   * their {@code "type"}.
   */
  public static String toJson(Object value, TypeReference<?> type) {
    Objects.requireNonNull(value, "value");
    try {
      return MAPPER.writerFor(Objects.requireNonNull(type, "type")).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + type.getType() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a {@code type} from JSON text.
   *
   * @throws JsonFormatException naming the JSON path and the reason, if the text is not a valid
   *     {@code type}
   */
  public static <T> T fromJson(String json, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return type.cast(read(MAPPER.readerFor(type), new StringReader(Objects.requireNonNull(json, "json")), "<json>"));
  }

  /**
   * Reads a generic value, such as a {@code List<CultivationEvent>}, from JSON text.
   *
   * @throws JsonFormatException naming the JSON path and the reason
   */
  @SuppressWarnings("unchecked") // the reader builds a value of the type the reference names
  public static <T> T fromJson(String json, TypeReference<T> type) {
    JavaType javaType = MAPPER.getTypeFactory().constructType(Objects.requireNonNull(type, "type"));
    return (T) read(MAPPER.readerFor(javaType), new StringReader(Objects.requireNonNull(json, "json")), "<json>");
  }

  /**
   * Reads a {@code type} from {@code reader}; {@code source} names it in errors.
   *
   * @throws JsonFormatException naming the source, the JSON path and the reason
   * @throws UncheckedIOException if the reader fails
   */
  public static <T> T read(Reader reader, String source, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return type.cast(read(MAPPER.readerFor(type), Objects.requireNonNull(reader, "reader"),
        Objects.requireNonNull(source, "source")));
  }

  private static Object read(ObjectReader reader, Reader input, String source) {
    try {
      Object value = reader.readValue(input);
      if (value == null) { // a literal null: callers are promised a value
        throw new JsonFormatException(source, "$", "expected " + reader.getValueType() + ", not null", null);
      }
      return value;
    } catch (JsonProcessingException e) {
      throw failure(source, e, JsonFormatException::new);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /**
   * How {@link CultivationJson} and {@link PolicyPackFiles} configure a mapper; {@code inclusion}
   * says which values are left out when writing.
   */
  static ObjectMapper configure(ObjectMapper mapper, JsonInclude.Include inclusion) {
    // Sets read back in the order written, so that writing what was read gives the same text.
    SimpleModule orderedSets = new SimpleModule("jointcultivation-ordered-sets")
        .addAbstractTypeMapping(Set.class, LinkedHashSet.class);
    mapper.registerModule(new JavaTimeModule()).registerModule(new Jdk8Module()).registerModule(orderedSets);
    // Polymorphic types take their subtypes from their sealed permits lists, named by @JsonTypeName.
    mapper.registerSubtypes(CultivationEvent.class.getPermittedSubclasses());
    mapper.registerSubtypes(AgreementClause.class.getPermittedSubclasses());
    refuseCoercion(mapper);
    return mapper
        .setDefaultPropertyInclusion(inclusion)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  /**
   * Values are read as written, never converted from another JSON type: a number is not a date
   * (epoch day) or an enum (ordinal) or text, {@code "false"} and {@code 0} are not booleans, and
   * {@code 1.9} or {@code "1"} is not a whole number. A coerced value is a silent wrong answer.
   * Text is the exception: a scalar read into a text field is the characters written.
   */
  @SuppressWarnings("deprecation") // ALLOW_COERCION_OF_SCALARS still governs the primitives in 2.x
  private static void refuseCoercion(ObjectMapper mapper) {
    mapper.disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS);
    mapper.setDefaultLeniency(false);
    for (LogicalType type : LogicalType.values()) {
      MutableCoercionConfig config = mapper.coercionConfigFor(type);
      for (CoercionInputShape shape : CoercionInputShape.values()) {
        config.setCoercion(shape, CoercionAction.Fail);
      }
    }
    // What each type is written as stays readable.
    mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
    // Text is read as the characters written, so an unquoted YAML scalar (minimum: 9, version:
    // 2024.10) stays the text it was typed as; nothing is converted, so nothing is lost.
    for (CoercionInputShape scalar : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
        CoercionInputShape.Boolean)) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.TryConvert);
    }
    mapper.coercionConfigFor(LogicalType.Collection).setCoercion(CoercionInputShape.EmptyArray, CoercionAction.TryConvert);
    mapper.coercionConfigFor(LogicalType.Array).setCoercion(CoercionInputShape.EmptyArray, CoercionAction.TryConvert);
  }

  /** Creates the exception for a source, a place in it and a reason. */
  @FunctionalInterface
  interface FailureFactory<E extends JsonFormatException> {
    E create(String source, String path, String reason, @Nullable Throwable cause);
  }

  /** Translates Jackson's failure into one naming the path in the document and the reason. */
  static <E extends JsonFormatException> E failure(String source, JsonProcessingException e,
      FailureFactory<E> factory) {
    if (e instanceof JsonMappingException mapping) {
      String where = e.getLocation() == null ? path(mapping) : path(mapping) + " (" + location(e) + ")";
      return factory.create(source, where, reason(mapping), e);
    }
    return factory.create(source, location(e), e.getOriginalMessage(), e);
  }

  /** {@code $.pack.norms[2].parameters}, from the mapping failure's reference chain. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      } else if (reference.getFieldName() != null) {
        path.append('.').append(reference.getFieldName());
      }
    }
    return path.toString();
  }

  private static String reason(JsonMappingException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ValidationException validation) {
        return validation.getMessage();
      }
    }
    String message = e.getOriginalMessage();
    int problem = message.startsWith("Cannot construct instance of") ? message.indexOf(", problem: ") : -1;
    if (problem > 0) {
      message = message.substring(problem + ", problem: ".length());
    }
    int detail = message.indexOf(" (class ");
    return detail > 0 ? message.substring(0, detail) : message;
  }

  /** {@code line 3, column 10}: where {@code parser} stands. */
  static String location(JsonParser parser) {
    var location = parser.currentTokenLocation();
    return "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String location(JsonProcessingException e) {
    var location = e.getLocation();
    return location == null ? "$" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
