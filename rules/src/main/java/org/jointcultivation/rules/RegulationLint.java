package org.jointcultivation.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.party.AdmissionStatus;
import org.jointcultivation.core.party.DegreeType;
import org.jointcultivation.core.party.StudyLevel;
import org.jointcultivation.core.party.StudyMode;
import org.jointcultivation.core.party.TutorTitle;
import org.jointcultivation.core.vocabulary.AttributeDeclaration;
import org.jointcultivation.core.vocabulary.AttributeType;
import org.jointcultivation.core.vocabulary.Vocabulary;
import org.jointcultivation.rules.internal.CompiledNorm;
import org.jointcultivation.rules.internal.Resolver;
import org.jointcultivation.rules.spi.ParameterDeclaration;
import org.jointcultivation.rules.spi.ParameterType;

/**
 * The static checks of {@link RuleEngine#lint()}: what a set of regulations that builds still
 * gets wrong. Each check reads only the packs, the vocabulary and the catalogue, never a record.
 */
final class RegulationLint {
  /** A comparison of a party's field with a text: {@code student.studyMode == 'FULL_TIME'}. */
  private static final Pattern FIELD_FIRST = Pattern.compile(
      "\\b([a-z]+)\\.([A-Za-z_][A-Za-z0-9_]*)\\s*(==|!=)\\s*(['\"])([^'\"]*)\\4");
  /** The same, the text first: {@code 'FULL_TIME' == student.studyMode}. */
  private static final Pattern TEXT_FIRST = Pattern.compile(
      "(['\"])([^'\"]*)\\1\\s*(==|!=)\\s*\\b([a-z]+)\\.([A-Za-z_][A-Za-z0-9_]*)\\b");
  /** Longer than any programme: a typing mistake more likely than a rule. */
  private static final int LONGEST_PLAUSIBLE_DAYS = 8 * 366;

  private final List<PolicyPack> packs;
  private final Vocabulary vocabulary;
  private final Map<String, ? extends List<ParameterDeclaration>> catalogue;
  private final CompiledRegulations regulations;
  private final List<LintWarning> warnings = new ArrayList<>();

  private RegulationLint(List<PolicyPack> packs, Vocabulary vocabulary,
      Map<String, ? extends List<ParameterDeclaration>> catalogue, CompiledRegulations regulations) {
    this.packs = packs;
    this.vocabulary = vocabulary;
    this.catalogue = catalogue;
    this.regulations = regulations;
  }

  static List<LintWarning> of(List<PolicyPack> packs, Vocabulary vocabulary,
      Map<String, ? extends List<ParameterDeclaration>> catalogue, CompiledRegulations regulations) {
    RegulationLint lint = new RegulationLint(packs, vocabulary, catalogue, regulations);
    lint.comparisons();
    lint.duplicates();
    lint.conflicts();
    lint.parameterRanges();
    lint.unusedVocabulary();
    return List.copyOf(lint.warnings);
  }

  /** The parameters {@code template} declares; none for a template the catalogue lacks. */
  private List<ParameterDeclaration> declared(String template) {
    List<ParameterDeclaration> declared = catalogue.get(template);
    return declared == null ? List.of() : declared;
  }

  private void warn(String source, String path, String check, String message) {
    warnings.add(new LintWarning(source, path, check, message));
  }

  private static String normPath(PolicyPack pack, Norm norm) {
    return "$.pack.norms[" + pack.norms().indexOf(norm) + "]";
  }

  // ---- comparisons that can never hold

  private void comparisons() {
    for (PolicyPack pack : packs) {
      for (Norm norm : pack.norms()) {
        norm.condition().ifPresent(condition -> comparisons(pack, norm, normPath(pack, norm) + ".condition",
            condition, true));
        List<ParameterDeclaration> declared = declared(norm.template());
        for (ParameterDeclaration declaration : declared) {
          String value = norm.parameters().get(declaration.name());
          if (value != null && declaration.type() == ParameterType.CONDITION) {
            comparisons(pack, norm, normPath(pack, norm) + ".parameters." + declaration.name(), value, false);
          }
        }
      }
    }
  }

  private void comparisons(PolicyPack pack, Norm norm, String path, String condition, boolean isNormCondition) {
    // A condition that is one conjunction of comparisons fails whenever one of them does.
    boolean conjunction = !condition.contains("||") && !condition.replace("!=", "").contains("!")
        && !condition.contains("?");
    Matcher fieldFirst = FIELD_FIRST.matcher(condition);
    while (fieldFirst.find()) {
      compare(pack, norm, path, fieldFirst.group(1), fieldFirst.group(2), fieldFirst.group(3), fieldFirst.group(5),
          isNormCondition && conjunction, fieldFirst.group());
    }
    Matcher textFirst = TEXT_FIRST.matcher(condition);
    while (textFirst.find()) {
      compare(pack, norm, path, textFirst.group(4), textFirst.group(5), textFirst.group(3), textFirst.group(2),
          isNormCondition && conjunction, textFirst.group());
    }
  }

  private void compare(PolicyPack pack, Norm norm, String path, String variable, String field, String operator,
      String text, boolean wholeCondition, String comparison) {
    Optional<List<String>> values = values(variable, field);
    if (values.isEmpty() || values.get().contains(text)) {
      return;
    }
    String known = variable + "." + field + " is one of " + values.get();
    if (operator.equals("==") && wholeCondition) {
      warn(pack.coordinates(), path, "unreachable-norm", "norm " + norm.id() + " can never apply: " + comparison
          + " never holds, as " + known);
    } else {
      warn(pack.coordinates(), path, "impossible-comparison", comparison + " is always "
          + (operator.equals("==") ? "false" : "true") + ", as " + known);
    }
  }

  /** The values a party's field can take, if they are an enumeration. */
  private Optional<List<String>> values(String variable, String field) {
    Optional<List<String>> builtIn = switch (variable + "." + field) {
      case "student.level" -> Optional.of(names(StudyLevel.values()));
      case "student.degreeType" -> Optional.of(names(DegreeType.values()));
      case "student.studyMode" -> Optional.of(names(StudyMode.values()));
      case "tutor.title" -> Optional.of(names(TutorTitle.values()));
      case "tutor.admissionStatus" -> Optional.of(names(AdmissionStatus.values()));
      case "event.type", "e.type" -> Optional.of(eventKinds());
      default -> Optional.empty();
    };
    if (builtIn.isPresent()) {
      return builtIn;
    }
    Map<String, AttributeDeclaration> attributes = switch (variable) {
      case "student" -> vocabulary.student();
      case "tutor" -> vocabulary.tutor();
      case "home", "host", "institution", "parent" -> vocabulary.institution();
      case "agreement" -> vocabulary.agreement();
      case "candidacy" -> vocabulary.candidacy();
      case "assignment" -> vocabulary.team();
      default -> Map.of();
    };
    AttributeDeclaration declaration = attributes.get(field);
    return declaration != null && declaration.type() == AttributeType.CHOICE
        ? Optional.of(declaration.values()) : Optional.empty();
  }

  private List<String> eventKinds() {
    List<String> kinds = new ArrayList<>();
    for (Class<?> type : CultivationEvent.class.getPermittedSubclasses()) {
      kinds.add(type.getSimpleName());
    }
    kinds.addAll(vocabulary.events().keySet());
    return kinds;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  // ---- the same norm twice

  private void duplicates() {
    List<CompiledNorm> seen = new ArrayList<>();
    for (PolicyPack pack : packs) {
      for (CompiledNorm norm : regulations.norms(pack)) {
        for (CompiledNorm earlier : seen) {
          boolean otherVersion = earlier.pack().id().equals(pack.id()) && earlier.norm().id().equals(norm.norm().id());
          if (!otherVersion && earlier.sameContentAs(norm) && coApply(earlier.pack(), pack)) {
            warn(pack.coordinates(), normPath(pack, norm.norm()), "duplicate-norm", "norm " + norm.norm().id()
                + " says exactly what norm " + earlier.norm().id() + " of " + earlier.pack().coordinates()
                + " says (template " + norm.norm().template() + ", the same parameters, bearers and applicability)"
                + (earlier.norm().id().equals(norm.norm().id()) ? "" : ": each duty would be owed twice"));
            break;
          }
        }
        seen.add(norm);
      }
    }
  }

  /** Whether both packs can bind one subject on one day. */
  private static boolean coApply(PolicyPack a, PolicyPack b) {
    if (a.layer() == AuthorityLevel.AGREEMENT && b.layer() == AuthorityLevel.AGREEMENT
        && !a.agreement().equals(b.agreement())) {
      return false;
    }
    if (a.id().equals(b.id())) {
      return a == b; // versions of one pack are never in force together
    }
    LocalDate from = later(a.effectiveFrom(), b.effectiveFrom());
    LocalDate to = earlier(a.effectiveTo(), b.effectiveTo());
    return !from.isAfter(to);
  }

  private static LocalDate later(Optional<LocalDate> a, Optional<LocalDate> b) {
    LocalDate x = a.orElse(LocalDate.MIN);
    LocalDate y = b.orElse(LocalDate.MIN);
    return x.isAfter(y) ? x : y;
  }

  private static LocalDate earlier(Optional<LocalDate> a, Optional<LocalDate> b) {
    LocalDate x = a.orElse(LocalDate.MAX);
    LocalDate y = b.orElse(LocalDate.MAX);
    return x.isBefore(y) ? x : y;
  }

  // ---- norms of one id in several packs

  private void conflicts() {
    Map<String, List<CompiledNorm>> byId = new LinkedHashMap<>();
    for (PolicyPack pack : packs) {
      regulations.norms(pack).forEach(n -> byId.computeIfAbsent(n.norm().id(), id -> new ArrayList<>()).add(n));
    }
    for (List<CompiledNorm> group : byId.values()) {
      Set<String> packIds = group.stream().map(n -> n.pack().id()).collect(Collectors.toSet());
      if (packIds.size() < 2) {
        continue; // one pack, or versions of one pack
      }
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          CompiledNorm a = group.get(i);
          CompiledNorm b = group.get(j);
          if (!a.pack().id().equals(b.pack().id()) && coApply(a.pack(), b.pack()) && !a.sameContentAs(b)) {
            conflict(a, b);
          }
        }
      }
    }
  }

  /** How the pipeline resolves two versions of a norm for a subject both bind, without an agreement clause. */
  private void conflict(CompiledNorm a, CompiledNorm b) {
    Resolver.Resolution resolution = regulations.resolver().resolve(List.of(a, b), Optional.empty(), LocalDate.EPOCH);
    for (ConflictResolution conflict : resolution.conflicts()) {
      String id = a.norm().id();
      if (conflict.step() == ResolutionStep.ESCALATE) {
        for (CompiledNorm version : List.of(a, b)) {
          warn(version.pack().coordinates(), normPath(version.pack(), version.norm()), "escalated-conflict",
              "norm " + id + " differs between " + a.pack().coordinates() + " and " + b.pack().coordinates()
                  + ", and no step of the conflict policy decides: for a subject both bind, it is escalated to a"
                  + " person and no version applies until then");
        }
      } else if (conflict.step() != ResolutionStep.STRICTER_PARAMETER && conflict.step() != ResolutionStep.BOTH_APPLY) {
        CompiledNorm loser = conflict.chosen().equals(a.pack().coordinates()) ? b : a;
        warn(loser.pack().coordinates(), normPath(loser.pack(), loser.norm()), "shadowed-norm",
            "norm " + id + " never applies where " + conflict.chosen() + " also binds: " + conflict.step()
                + " chooses that version" + (a.pack().layer() == AuthorityLevel.INSTITUTION
                    && b.pack().layer() == AuthorityLevel.INSTITUTION ? " (unless an agreement's governing-regulations"
                    + " clause says otherwise)" : ""));
      }
    }
  }

  // ---- parameters outside common ranges

  private void parameterRanges() {
    for (PolicyPack pack : packs) {
      for (Norm norm : pack.norms()) {
        for (ParameterDeclaration declaration : declared(norm.template())) {
          String value = norm.parameters().get(declaration.name());
          if (value == null) {
            continue;
          }
          String path = normPath(pack, norm) + ".parameters." + declaration.name();
          if (declaration.type() == ParameterType.PERIOD) {
            period(pack, norm, path, declaration.name(), value);
          }
        }
      }
    }
  }

  @SuppressWarnings("JavaPeriodGetDays") // an approximate length is all a plausibility check needs
  private void period(PolicyPack pack, Norm norm, String path, String name, String value) {
    Period period;
    try {
      period = Period.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      return; // validation has accepted it as something else (a keyword)
    }
    long days = period.toTotalMonths() * 31 + period.getDays();
    if (days > LONGEST_PLAUSIBLE_DAYS) {
      warn(pack.coordinates(), path, "parameter-range", "norm " + norm.id() + " sets " + name + " to " + value
          + ", longer than any programme (8 years): a typing mistake, such as P14M for P14D?");
    }
  }

  // ---- declared and never read

  private void unusedVocabulary() {
    StringBuilder read = new StringBuilder();
    for (PolicyPack pack : packs) {
      for (Norm norm : pack.norms()) {
        norm.condition().ifPresent(c -> read.append(c).append('\n'));
        norm.parameters().values().forEach(v -> read.append(v).append('\n'));
      }
      pack.sanctionPolicies().forEach(p -> p.parameters().values().forEach(v -> read.append(v).append('\n')));
      pack.rewardPolicies().forEach(p -> p.parameters().values().forEach(v -> read.append(v).append('\n')));
    }
    String text = read.toString();
    Map<String, Map<String, AttributeDeclaration>> owners = new LinkedHashMap<>();
    owners.put("institution", vocabulary.institution());
    owners.put("student", vocabulary.student());
    owners.put("tutor", vocabulary.tutor());
    owners.put("agreement", vocabulary.agreement());
    owners.put("candidacy", vocabulary.candidacy());
    owners.put("team", vocabulary.team());
    owners.forEach((owner, attributes) -> attributes.keySet().forEach(name -> {
      if (!mentions(text, name)) {
        warn("vocabulary", "$." + owner + "." + name, "unused-vocabulary",
            owner + " attribute " + name + " is declared but no norm or policy reads it");
      }
    }));
    vocabulary.events().keySet().forEach(kind -> {
      if (!mentions(text, kind)) {
        warn("vocabulary", "$.events." + kind, "unused-vocabulary",
            "event kind " + kind + " is declared but no norm or policy names it");
      }
    });
    vocabulary.relations().keySet().forEach(kind -> {
      if (!mentions(text, kind)) {
        warn("vocabulary", "$.relations." + kind, "unused-vocabulary",
            "relation kind " + kind + " is declared but no norm or policy reads it");
      }
    });
  }

  private static boolean mentions(String text, String name) {
    return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(name) + "(?![A-Za-z0-9_])").matcher(text).find();
  }
}
