package uk.nhs.smartcardportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;

/** The package-by-feature rules of docs/conventions.md, checked on the production code. */
class ArchitectureTest {

    private static final String BASE = "uk.nhs.smartcardportal";
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void viewsUseServicesNeverRepositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(PRODUCTION);
    }

    /** The top-level packages: each is a feature, except {@code base}, which every feature may use. */
    private static final java.util.Set<String> FEATURES = PRODUCTION.stream()
            .map(com.tngtech.archunit.core.domain.JavaClass::getPackageName)
            .filter(name -> name.startsWith(BASE + "."))
            .map(name -> name.substring(BASE.length() + 1).split("\\.")[0])
            .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));

    @Test
    void repositoriesAreUsedOnlyInsideTheirOwnFeature() {
        org.assertj.core.api.Assertions.assertThat(FEATURES).contains("base", "cards", "home", "sessions", "sites");
        for (String feature : FEATURES) {
            String featurePackage = BASE + "." + feature;
            noClasses()
                    .that()
                    .resideOutsideOfPackage(featurePackage + "..")
                    .should()
                    .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.and(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(Repository.class),
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                                    featurePackage + "..")))
                    .because("a feature's data is reached through its service")
                    .allowEmptyShould(true)
                    .check(PRODUCTION);
        }
    }

    @Test
    void noFieldCutsWhatIsTyped() {
        noClasses()
                .should()
                .callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "setMaxLength or setAllowedCharPattern on a field",
                        call -> call.getTarget().getName().equals("setMaxLength")
                                || call.getTarget().getName().equals("setAllowedCharPattern")))
                .because("a browser cuts what is typed past a field's maximum, or drops characters it does not allow, "
                        + "without a word: the server refuses it with a message instead")
                .check(PRODUCTION);
    }

    /** Whole features, each with its sub-packages (as walking-skeleton slices them): no feature needs itself back. */
    @Test
    void wholeFeaturesHaveNoCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void theSharedBaseDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage(BASE + ".base..")
                .should()
                .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.and(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(BASE + ".."),
                        com.tngtech.archunit.base.DescribedPredicate.not(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                                        BASE + ".base.."))))
                .because("every feature uses base; base using a feature would tie them all together")
                .check(PRODUCTION);
    }

    @Test
    void servicesAndRepositoriesStayOutOfTheUiPackages() {
        classes()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .notBeAnnotatedWith(org.springframework.stereotype.Service.class)
                .andShould()
                .notBeAssignableTo(Repository.class)
                .check(PRODUCTION);
    }

    @Test
    void timeComesFromTheInjectedClock() {
        noClasses()
                .should()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.ZonedDateTime.class, "now")
                .because("tests must be able to move time; use the Clock bean")
                .check(PRODUCTION);
    }

    @Test
    void markupIsBuiltOnlyWhereEveryValueInItIsEscaped() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(BASE + ".base.ui.BarChart")
                .and()
                .doNotHaveFullyQualifiedName(BASE + ".faq.ui.FaqView")
                .and()
                .doNotHaveFullyQualifiedName(BASE + ".faq.ui.FaqEditorView")
                .should()
                .callConstructor(com.vaadin.flow.component.Html.class, String.class)
                .because("people's text is shown as text; these escape every value (and the FAQ answer and its "
                        + "preview are sanitised Markdown), and any other place would need the same care")
                .check(PRODUCTION);
    }

    @Test
    void noFieldInjection() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired")
                .check(PRODUCTION);
    }

    @Test
    void viewsArePackagePrivateAndOtherFeaturesLinkThroughNavigationClasses() {
        classes()
                .that()
                .areAnnotatedWith(com.vaadin.flow.router.Route.class)
                .or()
                .areAnnotatedWith(com.vaadin.flow.router.Layout.class)
                .or()
                .implement(com.vaadin.flow.router.HasErrorParameter.class)
                .and()
                .doNotHaveFullyQualifiedName(BASE + ".security.ui.SignInProblemView")
                .and()
                .doNotHaveFullyQualifiedName(BASE + ".home.ui.NotFoundView")
                .should()
                .notBePublic()
                .because("a view is its feature's own; other features link to it through the feature's navigation "
                        + "class (the sign-in filter redirects to SignInProblemView by its route, and tests of "
                        + "every feature expect NotFoundView for a page that is refused)")
                .check(PRODUCTION);
    }

    @Test
    void roleChecksAreTheRulesNamedInRoles() throws java.io.IOException {
        java.util.regex.Pattern spelled = java.util.regex.Pattern.compile("@(PreAuthorize|RolesAllowed)\\(\\{?\"");
        java.util.List<String> spelledOut;
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            spelledOut = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> {
                        try {
                            return spelled.matcher(java.nio.file.Files.readString(file))
                                    .find();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(java.nio.file.Path::toString)
                    .toList();
        }
        org.assertj.core.api.Assertions.assertThat(spelledOut)
                .as("role rules spelled out instead of taken from base.Roles")
                .isEmpty();
    }

    @Test
    void everyPackageSaysThatNothingIsNullUnlessMarked() {
        java.util.Set<String> packages = new java.util.TreeSet<>();
        PRODUCTION.forEach(type -> packages.add(type.getPackageName()));
        java.util.List<String> unmarked = packages.stream()
                .filter(name -> !PRODUCTION.getPackage(name).isAnnotatedWith(org.jspecify.annotations.NullMarked.class))
                .toList();
        org.assertj.core.api.Assertions.assertThat(packages).hasSizeGreaterThan(30);
        org.assertj.core.api.Assertions.assertThat(unmarked)
                .as("packages without @NullMarked")
                .isEmpty();
    }

    @Test
    void settingsAreTypedPropertiesNotValueAnnotations() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.beans.factory.annotation.Value")
                .because("settings are @ConfigurationProperties records, checked when the portal starts")
                .check(PRODUCTION);
    }

    /**
     * ArchUnit reads bytecode, where a compile-time constant (a role name in an annotation) leaves no trace; the
     * source's own references between features must not form a cycle either.
     */
    @Test
    void wholeFeaturesHaveNoCyclesInTheSourceEither() throws java.io.IOException {
        java.nio.file.Path root = java.nio.file.Path.of("src/main/java/uk/nhs/smartcardportal");
        java.util.regex.Pattern reference = java.util.regex.Pattern.compile("uk\\.nhs\\.smartcardportal\\.([a-z]\\w*)");
        java.util.Map<String, java.util.Set<String>> uses = new java.util.TreeMap<>();
        try (var files = java.nio.file.Files.walk(root)) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".java")).toList()) {
                java.nio.file.Path relative = root.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String feature = relative.getName(0).toString();
                String code = java.nio.file.Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "");
                java.util.regex.Matcher found = reference.matcher(code);
                while (found.find()) {
                    if (!found.group(1).equals(feature) && !found.group(1).equals("base")) {
                        uses.computeIfAbsent(feature, key -> new java.util.TreeSet<>())
                                .add(found.group(1));
                    }
                }
            }
        }
        java.util.List<String> cycles = new java.util.ArrayList<>();
        uses.forEach((feature, used) -> used.stream()
                .filter(other -> reaches(uses, other, feature, new java.util.HashSet<>()))
                .forEach(other -> cycles.add(feature + " -> " + other)));
        org.assertj.core.api.Assertions.assertThat(uses).containsKeys("cards", "collection", "sessions");
        org.assertj.core.api.Assertions.assertThat(cycles)
                .as("features that reach back to themselves")
                .isEmpty();
    }

    private static boolean reaches(
            java.util.Map<String, java.util.Set<String>> uses, String from, String to, java.util.Set<String> seen) {
        for (String next : uses.getOrDefault(from, java.util.Set.of())) {
            if (next.equals(to) || (seen.add(next) && reaches(uses, next, to, seen))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aServiceWhoseClassCarriesTheRoleRuleHasNoMethodsForOtherServices() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(PreAuthorize.class)
                .and()
                .areNotPrivate()
                .and()
                .areNotStatic()
                .should()
                .bePublic()
                .because("a class-level rule also guards package-private methods, which other services, jobs and "
                        + "sign-in call with nobody signed in; such a service keeps its rules on its methods")
                .check(PRODUCTION);
    }
}
