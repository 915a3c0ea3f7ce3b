package org.jointcultivation.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.reflect.ClassPath;
import com.google.common.testing.NullPointerTester;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jointcultivation.core.DateRange;
import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.NormSource;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.CohortGenerator;
import org.jointcultivation.core.testing.SampleProgramme;
import org.jointcultivation.rules.access.Action;
import org.jointcultivation.rules.access.Resource;
import org.jointcultivation.rules.access.RightsPack;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;

/**
 * The whole public surface, found by scanning the API packages: every public method and
 * constructor rejects {@code null}, and every value type's builder, started from a valid value with
 * one attribute replaced by a hostile one, builds a valid value or throws a documented exception.
 */
class PublicSurfaceTest {
  private static final List<String> API_PACKAGES = List.of("org.jointcultivation.core",
      "org.jointcultivation.core.party", "org.jointcultivation.core.agreement", "org.jointcultivation.core.event",
      "org.jointcultivation.core.norm", "org.jointcultivation.core.record", "org.jointcultivation.core.vocabulary",
      "org.jointcultivation.core.json",
      "org.jointcultivation.rules",
      "org.jointcultivation.rules.spi", "org.jointcultivation.rules.access");

  /** Valid values of every model type, by class. */
  private static final Map<Class<?>, Object> SAMPLES = samples();

  private static List<Class<?>> publicApiTypes() throws Exception {
    List<String> names = new ArrayList<>();
    if (PublicSurfaceTest.class.getModule().isNamed()) {
      // On the module path (as the build runs tests): the classes of both modules' jars or folders.
      for (String module : List.of("org.jointcultivation.core", "org.jointcultivation.rules")) {
        var reference = ModuleLayer.boot().configuration().findModule(module).orElseThrow().reference();
        try (var reader = reference.open(); var resources = reader.list()) {
          resources.filter(name -> name.endsWith(".class") && !name.contains("$"))
              .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
              .forEach(names::add);
        }
      }
    } else {
      for (ClassPath.ClassInfo info : ClassPath.from(PublicSurfaceTest.class.getClassLoader()).getTopLevelClasses()) {
        names.add(info.getName());
      }
    }
    List<Class<?>> types = new ArrayList<>();
    for (String name : names) {
      if (!name.contains(".")) {
        continue; // module-info
      }
      String packageName = name.substring(0, name.lastIndexOf('.'));
      String simpleName = name.substring(name.lastIndexOf('.') + 1);
      if (!API_PACKAGES.contains(packageName) || simpleName.endsWith("Test") || simpleName.equals("package-info")) {
        continue;
      }
      Class<?> type = Class.forName(name, false, PublicSurfaceTest.class.getClassLoader());
      if (Modifier.isPublic(type.getModifiers())) {
        types.add(type);
      }
    }
    return types;
  }

  @Test
  void modules_exportOnlyApiAndSpiPackages_andTestsRunOnTheModulePath() {
    Module rules = PublicSurfaceTest.class.getModule();
    assertTrue(rules.isNamed(), "the build runs these tests on the module path");
    Module core = CultivationRecord.class.getModule();
    java.util.Set<String> exported = new java.util.TreeSet<>();
    for (Module module : List.of(core, rules)) {
      module.getDescriptor().exports().stream().filter(e -> !e.isQualified())
          .forEach(e -> exported.add(e.source()));
    }
    java.util.Set<String> expected = new java.util.TreeSet<>(API_PACKAGES);
    org.junit.jupiter.api.Assertions.assertEquals(expected, exported);
    assertTrue(core.isExported("org.jointcultivation.core.internal", rules), "rules may use core's validation helpers");
    assertTrue(!core.isExported("org.jointcultivation.core.internal"), "core.internal is not API");
    assertTrue(!rules.getDescriptor().exports().stream().anyMatch(e -> e.source().endsWith(".internal")));
    assertTrue(rules.getDescriptor().uses().contains(org.jointcultivation.rules.spi.RuleProvider.class.getName()));
  }

  private static Map<Class<?>, Object> samples() {
    Map<Class<?>, Object> samples = new LinkedHashMap<>();
    var cohort = CohortGenerator.generate(5, 40);
    for (CultivationEvent event : cohort.events()) {
      samples.putIfAbsent(event.getClass().getSuperclass(), event);
    }
    CultivationRecord record = cohort.toRecord();
    for (Object value : List.of(cohort.institutions().get(0), cohort.students().get(0), cohort.tutors().get(0),
        cohort.candidacies().get(0), cohort.assignments().get(0), cohort.placements().get(0))) {
      samples.putIfAbsent(value.getClass().getSuperclass(), value);
    }
    CooperationAgreement agreement = cohort.agreements().get(0);
    samples.put(CooperationAgreement.class, agreement);
    agreement.clauses().forEach(clause -> samples.putIfAbsent(clause.getClass().getSuperclass(), clause));
    PolicyPack pack = RegulationPacks.all();
    samples.put(PolicyPack.class, pack);
    samples.put(Norm.class, pack.norms().get(0));
    samples.put(NormSource.class, pack.norms().get(0).source());
    pack.norms().stream().flatMap(n -> n.recurrence().stream()).findFirst().ifPresent(r -> samples.put(r.getClass().getSuperclass(), r));
    samples.put(pack.sanctionPolicies().get(0).getClass().getSuperclass(), pack.sanctionPolicies().get(0));
    samples.put(pack.sanctionPolicies().get(0).ladder().get(0).getClass().getSuperclass(), pack.sanctionPolicies().get(0).ladder().get(0));
    samples.put(pack.rewardPolicies().get(0).getClass().getSuperclass(), pack.rewardPolicies().get(0));
    samples.put(RightsPack.class, RightsPack.defaults());
    Assessment assessment = RuleEngine.builder().addPack(pack).build().evaluate(record, cohort.asOf());
    samples.put(ObligationInstance.class, assessment.obligations().get(0));
    samples.put(Explanation.class, assessment.obligations().get(0).explanation());
    return samples;
  }

  private static NullPointerTester tester() {
    CultivationRecord record = SampleProgramme.record();
    NullPointerTester tester = new NullPointerTester()
        .setDefault(CultivationRecord.class, record)
        .setDefault(LocalDate.class, SampleProgramme.START)
        .setDefault(Period.class, Period.ofDays(7))
        .setDefault(PersonId.class, SampleProgramme.STUDENT)
        .setDefault(StudentId.class, SampleProgramme.STUDENT)
        .setDefault(TutorId.class, SampleProgramme.THEORETICAL)
        .setDefault(InstitutionId.class, SampleProgramme.COLLEGE)
        .setDefault(AgreementId.class, SampleProgramme.AGREEMENT)
        .setDefault(EventId.class, EventId.of("E-1"))
        .setDefault(CultivationEvent.class, SampleProgramme.meeting("E-1", SampleProgramme.START).build())
        .setDefault(DateRange.class, DateRange.from(SampleProgramme.START))
        .setDefault(Resource.class, Resource.student(SampleProgramme.STUDENT))
        .setDefault(Action.class, Action.VIEW_STUDENT_RECORD)
        .setDefault(Clock.class, Clock.fixed(SampleProgramme.START.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    SAMPLES.forEach((type, sample) -> setDefault(tester, type, sample));
    Norm norm = (Norm) java.util.Objects.requireNonNull(SAMPLES.get(Norm.class));
    var configuration = org.jointcultivation.rules.spi.ConfiguredRule.of(norm, "P@1",
        org.jointcultivation.core.norm.AuthorityLevel.NATIONAL);
    tester.setDefault(org.jointcultivation.rules.spi.ConfiguredRule.class, configuration);
    tester.setDefault(org.jointcultivation.rules.spi.RuleContext.class,
        org.jointcultivation.rules.spi.RuleContext.forStudent(record, SampleProgramme.START, configuration, SampleProgramme.STUDENT));
    tester.setDefault(org.jointcultivation.rules.access.AccessRequest.class, new org.jointcultivation.rules.access.AccessRequest(
        record, SampleProgramme.START, SampleProgramme.STUDENT, Action.VIEW_STUDENT_RECORD, Resource.student(SampleProgramme.STUDENT)));
    tester.setDefault(Assessment.class, RuleEngine.builder().build().evaluate(record, SampleProgramme.START));
    ConflictResolution resolution = new ConflictResolution("n", ResolutionStep.HIGHER_AUTHORITY, "A@1", List.of("B@1"), "s");
    tester.setDefault(ConflictResolution.class, resolution);
    tester.setDefault(ConflictPolicy.class, ConflictPolicy.standard());
    tester.setDefault(RuleEngine.class, RuleEngine.builder().build());
    tester.setDefault(com.fasterxml.jackson.core.type.TypeReference.class,
        new com.fasterxml.jackson.core.type.TypeReference<List<CultivationEvent>>() {});
    tester.setDefault(java.io.Reader.class, new java.io.StringReader("{}"));
    tester.setDefault(StateTransition.class, new StateTransition(SampleProgramme.START, ObligationState.IN_EFFECT, "r"));
    ObligationInstance instance = (ObligationInstance) java.util.Objects.requireNonNull(SAMPLES.get(ObligationInstance.class));
    tester.setDefault(Violation.class, new Violation(instance, SampleProgramme.START));
    tester.setDefault(Subject.class, Subject.of(SampleProgramme.STUDENT));
    tester.setDefault(org.jointcultivation.core.vocabulary.AttributeDeclaration.class,
        org.jointcultivation.core.vocabulary.AttributeDeclaration.of(org.jointcultivation.core.vocabulary.AttributeType.TEXT));
    tester.setDefault(org.jointcultivation.core.vocabulary.EventKindDeclaration.class,
        org.jointcultivation.core.vocabulary.EventKindDeclaration.of(Map.of()));
    tester.setDefault(org.jointcultivation.core.vocabulary.Vocabulary.class,
        org.jointcultivation.core.vocabulary.Vocabulary.EMPTY);
    org.jointcultivation.core.norm.PolicyPack all = org.jointcultivation.rules.testing.RegulationPacks.all();
    tester.setDefault(org.jointcultivation.rules.spi.ConfiguredMeasure.class, org.jointcultivation.rules.spi.ConfiguredMeasure
        .of(all, all.sanctionPolicies().get(0), List.of()));
    tester.setDefault(org.jointcultivation.rules.spi.SubjectFacts.class, org.jointcultivation.rules.spi.SubjectFacts.of(
        SampleProgramme.record(), SampleProgramme.START, Subject.of(SampleProgramme.STUDENT)));
    tester.setDefault(RuleError.class, new RuleError("r", Subject.of(StudentId.of("s")), "t", "m"));
    tester.setDefault(ResolvedConflict.class, new ResolvedConflict(SampleProgramme.STUDENT, resolution));
    tester.setDefault(ParameterSetting.class, new ParameterSetting("n", "v", "P@1", org.jointcultivation.core.norm.AuthorityLevel.NATIONAL));
    tester.setDefault(org.jointcultivation.rules.access.Verdict.class, org.jointcultivation.rules.access.Verdict.permit("p", "r"));
    return tester;
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object sample) {
    tester.setDefault(type, (T) sample);
  }

  @Test
  void everyPublicTypeRejectsNullArguments() throws Exception {
    NullPointerTester tester = tester();
    List<Class<?>> types = publicApiTypes();
    assertTrue(types.size() > 80, "found " + types.size() + " public types");
    for (Class<?> type : types) {
      if (type.isAnnotation()) {
        continue;
      }
      tester.testAllPublicStaticMethods(type);
      if (!Modifier.isAbstract(type.getModifiers()) && !type.isInterface() && !type.isEnum()) {
        tester.testAllPublicConstructors(type);
      }
      Object sample = SAMPLES.get(type);
      if (sample != null) {
        tester.testAllPublicInstanceMethods(sample);
      }
      if (hasBuilder(type)) {
        tester.testAllPublicInstanceMethods(type.getMethod("builder").invoke(null));
      }
    }
  }

  @Test
  void everyBuilder_withOneHostileAttribute_buildsAValidValueOrThrowsADocumentedException() {
    List<Object[]> cases = new ArrayList<>();
    for (Map.Entry<Class<?>, Object> sample : SAMPLES.entrySet()) {
      if (!hasBuilder(sample.getKey())) {
        continue;
      }
      for (Method setter : builderClass(sample.getKey()).getMethods()) {
        if (setter.getParameterCount() == 1 && !setter.getName().equals("from")
            && List.of(String.class, int.class, LocalDate.class).contains(setter.getParameterTypes()[0])) {
          cases.add(new Object[] {sample.getKey(), setter});
        }
      }
    }
    assertTrue(cases.size() >= 90, "found " + cases.size() + " attributes to attack");
    qt().withExamples(20_000).withShrinkCycles(0)
        .forAll(integers().between(0, cases.size() - 1), strings().allPossible().ofLengthBetween(0, 400),
            integers().all())
        .checkAssert((index, text, number) -> {
          Class<?> type = (Class<?>) cases.get(index)[0];
          Method setter = (Method) cases.get(index)[1];
          Class<?> parameter = setter.getParameterTypes()[0];
          Object hostile = parameter == String.class ? text
              : parameter == int.class ? (Object) number : LocalDate.ofEpochDay(number * 170L);
          try {
            Object builder = type.getMethod("builder").invoke(null);
            builderClass(type).getMethod("from", type).invoke(builder, SAMPLES.get(type));
            setter.invoke(builder, hostile);
            Object built = builderClass(type).getMethod("build").invoke(builder);
            assertTrue(type.isInstance(built));
          } catch (InvocationTargetException thrown) {
            Throwable cause = java.util.Objects.requireNonNull(thrown.getCause());
            if (!(cause instanceof ValidationException || cause instanceof IllegalStateException
                || cause instanceof NullPointerException)) {
              fail(type.getSimpleName() + "." + setter.getName() + "(" + hostile + ") threw " + cause, cause);
            }
            assertFalse(String.valueOf(cause.getMessage()).isBlank(), "no message: " + cause);
          } catch (ReflectiveOperationException e) {
            fail(e);
          }
        });
  }

  private static boolean hasBuilder(Class<?> type) {
    try {
      return Modifier.isStatic(type.getMethod("builder").getModifiers()) && type.getMethod("builder").getParameterCount() == 0
          && builderClass(type) != null;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Class<?> builderClass(Class<?> type) {
    try {
      return type.getMethod("builder").getReturnType();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}
