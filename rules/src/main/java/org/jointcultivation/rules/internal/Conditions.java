package org.jointcultivation.rules.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.CelValidationException;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jointcultivation.core.vocabulary.AttributeOwner;
import org.jointcultivation.core.vocabulary.Vocabulary;
import org.jointcultivation.rules.spi.RuleScope;

/**
 * Compiles conditions written in CEL against a vocabulary: each scope of rule sees its own
 * variables ({@link ConditionVariables}), an expression is type-checked when the engine is built,
 * a field the vocabulary does not declare is refused with its line and column, and evaluation is
 * bounded (no loops beyond the list macros, at most {@value #MAX_ITERATIONS} iterations, at most
 * {@value #MAX_LENGTH} characters). Immutable; one per engine.
 */
public final class Conditions {
  // First of the static initializers, which run in the order written: the ones below call CEL.
  static {
    ClassPathReads.ensure();
  }

  static final int MAX_ITERATIONS = 10_000;
  static final int MAX_LENGTH = 2_000;

  private static final CelType RECORD = MapType.create(SimpleType.STRING, SimpleType.DYN);
  private static final CelOptions OPTIONS = CelOptions.current()
      .comprehensionMaxIterations(MAX_ITERATIONS).maxExpressionCodePointSize(MAX_LENGTH).build();

  private static final Set<String> LISTS = Set.of("team", "parties", "relations", "events");
  /** Bounded: an application that builds engines for many vocabularies does not keep them all. */
  private static final com.google.common.cache.Cache<Vocabulary, Conditions> BY_VOCABULARY =
      com.google.common.cache.CacheBuilder.newBuilder().maximumSize(64).build();

  /** One compiler per set of variables, made on first use. */
  private final java.util.concurrent.ConcurrentHashMap<List<String>, CelCompiler> compilers =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final CelRuntime runtime;
  /** The fields each variable offers: the built-in ones and the vocabulary's attributes. */
  private final ImmutableMap<String, Set<String>> fields;

  private Conditions(Vocabulary vocabulary) {
    Map<String, Set<String>> known = new LinkedHashMap<>();
    known.put("student", with(ConditionVariables.STUDENT_FIELDS, vocabulary, AttributeOwner.STUDENT));
    known.put("tutor", with(ConditionVariables.TUTOR_FIELDS, vocabulary, AttributeOwner.TUTOR));
    Set<String> institution = with(ConditionVariables.INSTITUTION_FIELDS, vocabulary, AttributeOwner.INSTITUTION);
    known.put("home", institution);
    known.put("host", institution);
    known.put("institution", institution);
    known.put("parent", institution);
    known.put("agreement", with(ConditionVariables.AGREEMENT_FIELDS, vocabulary, AttributeOwner.AGREEMENT));
    known.put("candidacy", with(ConditionVariables.CANDIDACY_FIELDS, vocabulary, AttributeOwner.CANDIDACY));
    known.put("assignment", with(ConditionVariables.ASSIGNMENT_FIELDS, vocabulary, AttributeOwner.TEAM));
    this.fields = ImmutableMap.copyOf(known);
    this.runtime = CelRuntimeFactory.legacyCelRuntimeBuilder().setOptions(OPTIONS)
        .addLibraries(CelExtensions.strings(), CelExtensions.math())
        .addFunctionBindings(dateBindings()).build();
  }

  private CelCompiler compiler(List<String> variables) {
    return compilers.computeIfAbsent(variables, names -> {
      var builder = CelCompilerFactory.standardCelCompilerBuilder().setOptions(OPTIONS)
          .setStandardMacros(CelStandardMacro.STANDARD_MACROS).setResultType(SimpleType.BOOL)
          // cel.bind names a value once (a committee's members); strings and math.greatest/least.
          .addLibraries(CelExtensions.bindings(), CelExtensions.strings(), CelExtensions.math())
          .addVar("asOf", SimpleType.STRING).addFunctionDeclarations(dateFunctions());
      for (String variable : names) {
        builder.addVar(variable, LISTS.contains(variable) ? ListType.create(RECORD) : RECORD);
      }
      return builder.build();
    });
  }

  /** The conditions of an engine whose records use {@code vocabulary}, shared by engines of the same vocabulary. */
  public static Conditions forVocabulary(Vocabulary vocabulary) {
    Conditions known = BY_VOCABULARY.getIfPresent(vocabulary);
    if (known == null) {
      known = new Conditions(vocabulary); // a race builds an equal one twice, never a wrong one
      BY_VOCABULARY.put(vocabulary, known);
    }
    return known;
  }


  private static Set<String> with(Set<String> builtIn, Vocabulary vocabulary, AttributeOwner owner) {
    // Sorted, so that the names an error lists read the same every time.
    return ImmutableSortedSet.<String>naturalOrder().addAll(builtIn).addAll(vocabulary.attributes(owner).keySet())
        .build();
  }

  /**
   * Compiles {@code expression} for rules of {@code scope}.
   *
   * @throws IllegalArgumentException saying what is wrong and where (line and column), for an
   *     expression that does not parse, does not type-check, is not a condition (true or false),
   *     uses a variable its scope lacks, or names a field the vocabulary does not declare
   */
  public Condition compile(RuleScope scope, String expression) {
    return compile(ConditionVariables.variables(scope), "a rule evaluated per "
        + scope.name().toLowerCase(java.util.Locale.ROOT), expression);
  }

  /**
   * Compiles {@code expression} over {@code variables} (and {@code asOf}); {@code where} says
   * where it is used, for the error.
   *
   * @throws IllegalArgumentException as {@link #compile(RuleScope, String)} does
   */
  /**
   * Parameter {@code parameter} of {@code configuration}, {@code text}: a condition over the
   * variables of a rule evaluated per {@code scope} and the judged {@code event}; one that does not
   * compile fails the build naming the pack, rule and parameter.
   */
  static Condition overEvent(org.jointcultivation.rules.spi.ConfiguredRule configuration, RuleScope scope,
      String parameter, String text, String where) {
    List<String> variables = new java.util.ArrayList<>(ConditionVariables.variables(scope));
    variables.add("event");
    try {
      return forVocabulary(configuration.vocabulary()).compile(variables, where, text);
    } catch (IllegalArgumentException e) {
      throw configuration.error(parameter, String.valueOf(e.getMessage()));
    }
  }

  public Condition compile(List<String> variables, String where, String expression) {
    CelAbstractSyntaxTree ast;
    try {
      ast = compiler(List.copyOf(variables)).compile(expression).getAst();
    } catch (CelValidationException e) {
      throw new IllegalArgumentException("is not a condition for " + where + " (its variables: " + variables
          + ", asOf): " + e.getMessage(), e);
    }
    checkFields(ast, expression);
    try {
      return new Condition(expression, runtime.createProgram(ast));
    } catch (dev.cel.common.CelException e) {
      throw new IllegalArgumentException("cannot be planned: " + e.getMessage(), e);
    }
  }

  /** Refuses {@code student.rnak}: a map variable accepts any key when type-checked, a vocabulary does not. */
  private void checkFields(CelAbstractSyntaxTree ast, String expression) {
    for (CelNavigableExpr node : CelNavigableAst.fromAst(ast).getRoot().allNodes().toList()) {
      CelExpr expr = node.expr();
      if (expr.exprKind().getKind() != CelExpr.ExprKind.Kind.SELECT) {
        continue;
      }
      CelExpr operand = expr.select().operand();
      if (operand.exprKind().getKind() != CelExpr.ExprKind.Kind.IDENT) {
        continue;
      }
      Set<String> known = fields.get(operand.ident().name());
      String field = expr.select().field();
      if (known != null && !known.contains(field)) {
        Integer offset = ast.getSource().getPositionsMap().get(expr.id());
        String where = offset == null ? "" : ast.getSource().getOffsetLocation(offset)
            .map(Conditions::place).orElse("");
        throw new IllegalArgumentException("names " + operand.ident().name() + "." + field + where
            + ", which is neither a built-in field nor an attribute the vocabulary declares; known: " + known
            + " (in '" + expression + "')");
      }
    }
  }

  private static String place(CelSourceLocation location) {
    return " at line " + location.getLine() + ", column " + (location.getColumn() + 1);
  }

  private static CelFunctionDecl function(String name, CelType result, CelType... arguments) {
    StringBuilder id = new StringBuilder(name);
    for (CelType argument : arguments) {
      id.append('_').append(argument.name().replaceAll("[^A-Za-z]", ""));
    }
    return CelFunctionDecl.newFunctionDeclaration(name,
        CelOverloadDecl.newGlobalOverload(id.toString(), result, arguments));
  }

  /**
   * The functions conditions may call beyond CEL's own, over ISO dates written as text: whole
   * years, months and days between two dates, business days between two dates (Monday to Friday,
   * without the holidays listed, comma separated), a date plus months or days, the earlier and the
   * later of two dates, and the sum of a list of whole numbers.
   */
  private static List<CelFunctionDecl> dateFunctions() {
    CelType text = SimpleType.STRING;
    CelType whole = SimpleType.INT;
    return List.of(
        function("yearsBetween", whole, text, text),
        function("monthsBetween", whole, text, text),
        function("daysBetween", whole, text, text),
        CelFunctionDecl.newFunctionDeclaration("businessDaysBetween",
            CelOverloadDecl.newGlobalOverload("businessDaysBetween_string_string", whole, text, text),
            CelOverloadDecl.newGlobalOverload("businessDaysBetween_string_string_string", whole, text, text, text)),
        function("addMonths", text, text, whole),
        function("addDays", text, text, whole),
        function("earlier", text, text, text),
        function("later", text, text, text),
        function("sum", whole, ListType.create(whole)));
  }

  private static List<CelFunctionBinding> dateBindings() {
    return List.of(
        CelFunctionBinding.from("yearsBetween_string_string", String.class, String.class,
            (from, to) -> ChronoUnit.YEARS.between(LocalDate.parse(from), LocalDate.parse(to))),
        CelFunctionBinding.from("monthsBetween_string_string", String.class, String.class,
            (from, to) -> ChronoUnit.MONTHS.between(LocalDate.parse(from), LocalDate.parse(to))),
        CelFunctionBinding.from("daysBetween_string_string", String.class, String.class,
            (from, to) -> ChronoUnit.DAYS.between(LocalDate.parse(from), LocalDate.parse(to))),
        CelFunctionBinding.from("businessDaysBetween_string_string", String.class, String.class,
            (from, to) -> BusinessDays.between(LocalDate.parse(from), LocalDate.parse(to), Set.of())),
        CelFunctionBinding.from("businessDaysBetween_string_string_string",
            List.of(String.class, String.class, String.class),
            arguments -> BusinessDays.between(LocalDate.parse((String) arguments[0]),
                LocalDate.parse((String) arguments[1]), BusinessDays.holidays((String) arguments[2]))),
        CelFunctionBinding.from("addMonths_string_int", String.class, Long.class,
            (day, months) -> LocalDate.parse(day).plusMonths(months).toString()),
        CelFunctionBinding.from("addDays_string_int", String.class, Long.class,
            (day, days) -> LocalDate.parse(day).plusDays(days).toString()),
        CelFunctionBinding.from("earlier_string_string", String.class, String.class,
            (a, b) -> LocalDate.parse(a).isAfter(LocalDate.parse(b)) ? b : a),
        CelFunctionBinding.from("later_string_string", String.class, String.class,
            (a, b) -> LocalDate.parse(a).isBefore(LocalDate.parse(b)) ? b : a),
        CelFunctionBinding.from("sum_list", List.class,
            list -> ((List<?>) list).stream().mapToLong(n -> ((Number) n).longValue()).sum()));
  }
}
