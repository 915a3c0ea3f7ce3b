package org.jointcultivation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jointcultivation.rules.spi.ParameterDeclaration;
import org.junit.jupiter.api.Test;

/**
 * The Javadoc of {@link StandardTemplates} is checked against the templates' declarations: every
 * parameter it names is one the template declares, and every parameter a template declares is
 * named, on its constant or, for the parameters many share, on the class.
 */
class StandardTemplatesJavadocTest {
  private static final Path SOURCE = Path.of("src/main/java/org/jointcultivation/rules/StandardTemplates.java");
  private static final Pattern CONSTANT = Pattern.compile(
      "/\\*\\*((?:(?!/\\*\\*).)*?)\\*/\\s*public static final String \\w+ = \"([a-z-]+)\";", Pattern.DOTALL);
  /** A parameter is written {@code camelCase}; constants, event types and periods are not. */
  private static final Pattern PARAMETER = Pattern.compile("\\{@code ([a-z][A-Za-z]*)(?:=[^}]*)?}");

  @Test
  void theJavadocNamesExactlyTheDeclaredParameters() throws IOException {
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    String classDoc = source.substring(source.indexOf("/**"), source.indexOf("public final class StandardTemplates"));
    Set<String> common = parameters(classDoc);
    Map<String, String> docs = new LinkedHashMap<>();
    Matcher constant = CONSTANT.matcher(source);
    while (constant.find()) {
      docs.put(constant.group(2), constant.group(1));
    }
    Map<String, List<ParameterDeclaration>> catalogue = RuleEngine.builder().build().templates();
    assertEquals(catalogue.keySet(), docs.keySet(), "one documented constant per standard template");
    docs.forEach((template, doc) -> {
      Set<String> declared = new TreeSet<>();
      catalogue.getOrDefault(template, List.of()).forEach(d -> declared.add(d.name()));
      Set<String> named = parameters(doc);
      assertTrue(declared.containsAll(named), template + "'s Javadoc names " + named + ", declared " + declared);
      Set<String> undocumented = new TreeSet<>(declared);
      undocumented.removeAll(named);
      undocumented.removeAll(common);
      assertEquals(Set.of(), undocumented, template + " declares parameters its Javadoc does not name");
    });
  }

  private static Set<String> parameters(String doc) {
    Set<String> names = new TreeSet<>();
    // A {@code name} may break across Javadoc lines.
    Matcher parameter = PARAMETER.matcher(doc.replaceAll("\\s*\\n\\s*\\*\\s*", " "));
    while (parameter.find()) {
      names.add(parameter.group(1));
    }
    return names;
  }
}
