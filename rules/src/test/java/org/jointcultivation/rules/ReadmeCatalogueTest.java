package org.jointcultivation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jointcultivation.rules.spi.ParameterDeclaration;
import org.junit.jupiter.api.Test;

/**
 * The README's table of template and criterion parameters is produced from their declarations:
 * this test fails, printing the table to paste, whenever a declaration changes and the README
 * does not.
 */
class ReadmeCatalogueTest {
  private static final String START = "<!-- parameter catalogue: produced from the declarations, checked by ReadmeCatalogueTest -->";
  private static final String END = "<!-- end of parameter catalogue -->";

  /** The table the README must hold between its markers. */
  static String table(RuleEngine engine) {
    StringBuilder table = new StringBuilder("| Template or criterion | Parameters (type, default or required) |\n|---|---|\n");
    row(table, engine.templates(), "");
    row(table, engine.criteria(), " (criterion)");
    return table.toString();
  }

  private static void row(StringBuilder table, Map<String, List<ParameterDeclaration>> catalogue, String suffix) {
    catalogue.forEach((name, parameters) -> table.append("| `").append(name).append('`').append(suffix).append(" | ")
        .append(parameters.isEmpty() ? "none" : parameters.stream().map(ReadmeCatalogueTest::cell)
            .collect(Collectors.joining("; ")))
        .append(" |\n"));
  }

  private static String cell(ParameterDeclaration declaration) {
    String type = switch (declaration.type()) {
      case WHOLE_NUMBER -> "whole number " + declaration.minimum() + "–" + declaration.maximum();
      case PERIOD -> "period";
      case DAY_OF_YEAR -> "day of year";
      case DAYS_OF_YEAR -> "days of year";
      case FLAG -> "true/false";
      case CHOICE -> "one of " + choices(declaration);
      case CHOICES -> "any of " + choices(declaration);
      case EVENT_KIND -> "an event kind (" + choices(declaration) + " or declared)";
      case CONDITION -> "CEL condition";
      case TEXT -> "text";
      case TEXT_LIST -> "list of text";
    };
    String presence = declaration.required() ? ", required"
        : declaration.defaultValue().map(d -> ", default " + d).orElse("");
    return "`" + declaration.name() + "` " + type + presence;
  }

  private static String choices(ParameterDeclaration declaration) {
    List<String> choices = declaration.choices();
    return choices.size() <= 4 ? String.join("/", choices) : choices.size() + " values";
  }

  @Test
  void theReadmesParameterTable_isTheOneTheDeclarationsProduce() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    String expected = table(RuleEngine.builder().build());
    assertTrue(start >= 0 && end > start, "README.md lacks the markers; put this between them:\n" + START + "\n"
        + expected + END);
    assertEquals(expected, readme.substring(start + START.length() + 1, end),
        "README.md's parameter table is out of date; replace it with the expected text");
  }
}
