package uk.nhs.smartcardportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.smartcardportal.IntegrationTest;
import uk.nhs.smartcardportal.dev.DemoUser;
import uk.nhs.smartcardportal.dev.DemoUsers;
import uk.nhs.smartcardportal.staff.StaffRepository;

/**
 * Every public method of every service, called as nobody and as each role, against the table below. A method added
 * without a row fails the test. Calls run in a transaction that is rolled back, with empty arguments: a refused call
 * is refused before the method runs; an allowed one gets as far as its own checks.
 */
@IntegrationTest
class ServiceAccessMatrixTest {

    private enum Rule {
        WORKFORCE_ONLY(Set.of("workforce")),
        RECRUITMENT_OR_WORKFORCE(Set.of("recruitment", "workforce")),
        MANAGER_ONLY(Set.of("manager")),
        MANAGER_RECRUITMENT_OR_WORKFORCE(Set.of("manager", "recruitment", "workforce")),
        EVERY_SIGNED_IN_ROLE(Set.of("starter", "manager", "recruitment", "workforce")),
        /**
         * Called only by other services (which check first), by scheduled jobs or sign-in, or returning no one's data
         * (a setting, a site, whether a status allows a choice): not checked, so not called here.
         */
        INTERNAL(Set.of());

        final Set<String> roles;

        Rule(Set<String> roles) {
            this.roles = roles;
        }
    }

    private static final Map<String, Rule> TABLE = new LinkedHashMap<>();

    private static void rule(String method, Rule rule) {
        TABLE.put(method, rule);
    }

    static {
        rule("AuditService.record", Rule.INTERNAL);
        rule("MessagePreferenceService.myTeamDigestWanted", Rule.MANAGER_ONLY);
        rule("MyContactService.myContact", Rule.EVERY_SIGNED_IN_ROLE);
        rule("MyContactService.updateMyContact", Rule.EVERY_SIGNED_IN_ROLE);
        rule("StaffService.recordPersonalContact", Rule.INTERNAL);
        rule("MessagePreferenceService.chooseMyTeamDigest", Rule.MANAGER_ONLY);
        rule("AuditService.forgetDetails", Rule.INTERNAL);
        rule("RetentionService.anonymiseOneBatch", Rule.INTERNAL);
        rule("SubjectAccessService.export", Rule.WORKFORCE_ONLY);
        rule("SubjectAccessService.fileName", Rule.WORKFORCE_ONLY);
        rule("AuditService.page", Rule.WORKFORCE_ONLY);
        rule("AuditService.count", Rule.WORKFORCE_ONLY);
        rule("AuditService.historyOf", Rule.WORKFORCE_ONLY);
        rule("AllocationService.suggest", Rule.WORKFORCE_ONLY);
        rule("AllocationService.accept", Rule.WORKFORCE_ONLY);
        rule("PrintQueueService.recordPrinted", Rule.RECRUITMENT_OR_WORKFORCE);
        rule("CardReceiptService.onTheirWay", Rule.WORKFORCE_ONLY);
        rule("CardReceiptService.countOnTheirWay", Rule.WORKFORCE_ONLY);
        rule("CardReceiptService.check", Rule.WORKFORCE_ONLY);
        rule("CardReceiptService.receive", Rule.WORKFORCE_ONLY);
        rule("CardReceiptService.receiveOne", Rule.WORKFORCE_ONLY);
        rule("CardBookingService.allocate", Rule.WORKFORCE_ONLY);
        rule("CardBookingService.bookOnto", Rule.INTERNAL);
        rule("CardRequestService.requestCard", Rule.MANAGER_RECRUITMENT_OR_WORKFORCE);
        rule("CardRequestService.recordNoCardNeeded", Rule.MANAGER_RECRUITMENT_OR_WORKFORCE);
        rule("CardRequestService.withdraw", Rule.MANAGER_RECRUITMENT_OR_WORKFORCE);
        rule("CardRequestService.staffWithActiveCard", Rule.RECRUITMENT_OR_WORKFORCE);
        rule("CardRequestService.team", Rule.MANAGER_ONLY);
        rule("CardRequestService.countTeam", Rule.MANAGER_ONLY);
        rule("CardStatisticsService.statistics", Rule.WORKFORCE_ONLY);
        rule("CustodyService.find", Rule.WORKFORCE_ONLY);
        rule("CustodyService.countCards", Rule.WORKFORCE_ONLY);
        rule("CustodyService.recordCardCount", Rule.WORKFORCE_ONLY);
        rule("CustodyService.inCustody", Rule.WORKFORCE_ONLY);
        rule("CustodyService.countInCustody", Rule.WORKFORCE_ONLY);
        rule("CustodyService.inCustodyCsv", Rule.WORKFORCE_ONLY);
        rule("CustodyService.needsFollowUp", Rule.INTERNAL);
        rule("CustodyService.followUpDays", Rule.INTERNAL);
        rule("CustodyService.destroy", Rule.WORKFORCE_ONLY);
        rule("CustodyService.whereIs", Rule.WORKFORCE_ONLY);
        rule("GeneralOfficeIntakeService.expected", Rule.WORKFORCE_ONLY);
        rule("GeneralOfficeIntakeService.reconcile", Rule.WORKFORCE_ONLY);
        rule("GeneralOfficeIntakeService.confirm", Rule.WORKFORCE_ONLY);
        rule("HandOverDeskService.elsewhere", Rule.WORKFORCE_ONLY);
        rule("HandOverDeskService.isBeforeSession", Rule.INTERNAL);
        rule("HandOverDeskService.session", Rule.WORKFORCE_ONLY);
        rule("HandOverDeskService.runSheet", Rule.WORKFORCE_ONLY);
        rule("HandOverDeskService.runSheetCsv", Rule.WORKFORCE_ONLY);
        rule("HandOverDeskService.takeToSession", Rule.WORKFORCE_ONLY);
        rule("HandOverDeskService.find", Rule.WORKFORCE_ONLY);
        rule("HandOverDeskService.handOver", Rule.WORKFORCE_ONLY);
        rule("HandOverDeskService.close", Rule.WORKFORCE_ONLY);
        rule("HandOverDeskService.figures", Rule.WORKFORCE_ONLY);
        rule("MyCardService.overview", Rule.EVERY_SIGNED_IN_ROLE);
        rule("MyCardService.collectionSitesOtherThan", Rule.EVERY_SIGNED_IN_ROLE);
        rule("LostCardService.reportLost", Rule.EVERY_SIGNED_IN_ROLE);
        rule("CertificateService.myCertificatesExpireOn", Rule.EVERY_SIGNED_IN_ROLE);
        rule("CertificateService.list", Rule.WORKFORCE_ONLY);
        rule("CertificateService.count", Rule.WORKFORCE_ONLY);
        rule("CertificateService.csv", Rule.WORKFORCE_ONLY);
        rule("CertificateService.remindDue", Rule.INTERNAL);
        rule("PrintQueueService.queue", Rule.RECRUITMENT_OR_WORKFORCE);
        rule("PrintQueueService.count", Rule.RECRUITMENT_OR_WORKFORCE);
        rule("PrintQueueService.printAll", Rule.RECRUITMENT_OR_WORKFORCE);
        rule("PrintQueueService.decline", Rule.RECRUITMENT_OR_WORKFORCE);
        rule("PrintQueueService.cancel", Rule.RECRUITMENT_OR_WORKFORCE);
        rule("PrintQueueService.reprint", Rule.RECRUITMENT_OR_WORKFORCE);
        rule("PrintQueueService.issued", Rule.RECRUITMENT_OR_WORKFORCE);
        rule("PrintQueueService.countIssued", Rule.RECRUITMENT_OR_WORKFORCE);
        rule("SessionChoiceService.mayChoose", Rule.INTERNAL);
        rule("SessionChoiceService.choose", Rule.EVERY_SIGNED_IN_ROLE);
        rule("SessionFiguresService.outcomes", Rule.WORKFORCE_ONLY);
        rule("SessionFiguresService.utilisation", Rule.WORKFORCE_ONLY);
        rule("SiteChangeService.forCard", Rule.INTERNAL);
        rule("SiteChangeService.request", Rule.EVERY_SIGNED_IN_ROLE);
        rule("SiteChangeService.withdraw", Rule.EVERY_SIGNED_IN_ROLE);
        rule("SiteChangeService.approve", Rule.WORKFORCE_ONLY);
        rule("SiteChangeService.decline", Rule.WORKFORCE_ONLY);
        rule("SiteChangeService.queue", Rule.WORKFORCE_ONLY);
        rule("SiteChangeService.count", Rule.WORKFORCE_ONLY);
        rule("FaqService.published", Rule.EVERY_SIGNED_IN_ROLE);
        rule("FaqService.all", Rule.WORKFORCE_ONLY);
        rule("FaqService.count", Rule.WORKFORCE_ONLY);
        rule("FaqService.create", Rule.WORKFORCE_ONLY);
        rule("FaqService.update", Rule.WORKFORCE_ONLY);
        rule("FaqService.setPublished", Rule.WORKFORCE_ONLY);
        rule("FaqService.move", Rule.WORKFORCE_ONLY);
        rule("FaqService.publishedBySlug", Rule.EVERY_SIGNED_IN_ROLE);
        rule("MessagePreferenceService.myRemindersWanted", Rule.EVERY_SIGNED_IN_ROLE);
        rule("MessagePreferenceService.chooseMyReminders", Rule.EVERY_SIGNED_IN_ROLE);
        rule("MessagePreferenceService.myTextsWanted", Rule.EVERY_SIGNED_IN_ROLE);
        rule("MessagePreferenceService.chooseMyTexts", Rule.EVERY_SIGNED_IN_ROLE);
        rule("OutboxService.checkDeliveries", Rule.INTERNAL);
        rule("CardAskService.myOpenAsk", Rule.EVERY_SIGNED_IN_ROLE);
        rule("CardAskService.askForMyCard", Rule.EVERY_SIGNED_IN_ROLE);
        rule("CardAskService.withdrawMyAsk", Rule.EVERY_SIGNED_IN_ROLE);
        rule("CardAskService.myTeamsAsks", Rule.MANAGER_ONLY);
        rule("CardAskService.countMyTeamsAsks", Rule.MANAGER_ONLY);
        rule("CardAskService.confirm", Rule.MANAGER_ONLY);
        rule("CardAskService.decline", Rule.MANAGER_ONLY);
        rule("OutboxService.deliverDue", Rule.INTERNAL);
        rule("OutboxService.resend", Rule.WORKFORCE_ONLY);
        rule("OutboxService.outbox", Rule.WORKFORCE_ONLY);
        rule("OutboxService.countOutbox", Rule.WORKFORCE_ONLY);
        rule("OutboxService.myMessages", Rule.EVERY_SIGNED_IN_ROLE);
        rule("AgreementService.agreements", Rule.WORKFORCE_ONLY);
        rule("AgreementService.subjects", Rule.WORKFORCE_ONLY);
        rule("AgreementService.saveAgreement", Rule.WORKFORCE_ONLY);
        rule("AgreementService.saveSubject", Rule.WORKFORCE_ONLY);
        rule("ComplianceImportService.columns", Rule.WORKFORCE_ONLY);
        rule("ComplianceImportService.check", Rule.WORKFORCE_ONLY);
        rule("ComplianceImportService.importFile", Rule.WORKFORCE_ONLY);
        rule("ComplianceService.form", Rule.WORKFORCE_ONLY);
        rule("ComplianceService.save", Rule.WORKFORCE_ONLY);
        rule("PassportService.myPassport", Rule.EVERY_SIGNED_IN_ROLE);
        rule("PassportService.team", Rule.MANAGER_ONLY);
        rule("PassportService.countTeam", Rule.MANAGER_ONLY);
        rule("PassportService.teamOutcomes", Rule.MANAGER_ONLY);
        rule("PassportService.teamMember", Rule.MANAGER_ONLY);
        rule("PassportService.everyone", Rule.WORKFORCE_ONLY);
        rule("PassportService.everyoneOutcomes", Rule.WORKFORCE_ONLY);
        rule("PassportService.passportOf", Rule.WORKFORCE_ONLY);
        rule("PassportService.reassessEveryone", Rule.WORKFORCE_ONLY);
        rule("PassportService.everyoneCsv", Rule.WORKFORCE_ONLY);
        rule("RoleGrantService.grantedRoles", Rule.WORKFORCE_ONLY);
        rule("RoleGrantService.grant", Rule.WORKFORCE_ONLY);
        rule("RoleGrantService.revoke", Rule.WORKFORCE_ONLY);
        rule("RoleGrantService.effectiveRoles", Rule.WORKFORCE_ONLY);
        rule("StaffService.unlinkSignIn", Rule.WORKFORCE_ONLY);
        rule("SessionSchedulingService.schedule", Rule.WORKFORCE_ONLY);
        rule("SessionSchedulingService.scheduleSeries", Rule.WORKFORCE_ONLY);
        rule("SessionSchedulingService.update", Rule.WORKFORCE_ONLY);
        rule("SessionSchedulingService.cancel", Rule.WORKFORCE_ONLY);
        rule("SessionSchedulingService.close", Rule.WORKFORCE_ONLY);
        rule("SessionSchedulingService.rows", Rule.WORKFORCE_ONLY);
        rule("SessionSchedulingService.rowsWithoutBookings", Rule.WORKFORCE_ONLY);
        rule("SessionSchedulingService.placesBySite", Rule.WORKFORCE_ONLY);
        rule("SessionLookup.upcomingAt", Rule.EVERY_SIGNED_IN_ROLE);
        rule("SessionLookup.lockForAllocation", Rule.INTERNAL);
        rule("SessionLookup.summaryForSystem", Rule.INTERNAL);
        rule("SessionLookup.summary", Rule.EVERY_SIGNED_IN_ROLE);
        rule("SiteService.activeCollectionSites", Rule.EVERY_SIGNED_IN_ROLE);
        rule("SiteService.activeLocations", Rule.EVERY_SIGNED_IN_ROLE);
        rule("SiteService.find", Rule.INTERNAL);
        rule("SiteService.generalOffice", Rule.INTERNAL);
        rule("SiteService.store", Rule.INTERNAL);
        rule("SiteService.activeStore", Rule.INTERNAL);
        rule("SetupService.checklist", Rule.WORKFORCE_ONLY);
        rule("SetupService.confirmContactAndFaq", Rule.WORKFORCE_ONLY);
        rule("SetupService.isReady", Rule.INTERNAL);
        rule("SiteService.all", Rule.WORKFORCE_ONLY);
        rule("SiteService.count", Rule.WORKFORCE_ONLY);
        rule("SiteService.create", Rule.WORKFORCE_ONLY);
        rule("SiteService.update", Rule.WORKFORCE_ONLY);
        rule("SiteService.deactivate", Rule.WORKFORCE_ONLY);
        rule("SiteService.reactivate", Rule.WORKFORCE_ONLY);
        rule("StaffService.createFirstAdministrator", Rule.INTERNAL);
        rule("StaffService.linkSignIn", Rule.INTERNAL);
        rule("AuditService.recordAs", Rule.INTERNAL);
        rule("StaffService.linkSignInByEmployeeNumber", Rule.INTERNAL);
        rule("StaffService.stillLinked", Rule.INTERNAL);
        rule("StaffService.search", Rule.WORKFORCE_ONLY);
        rule("StaffService.find", Rule.INTERNAL);
        rule("StaffService.lockForChange", Rule.INTERNAL);
        rule("StaffService.findByEmployeeNumbers", Rule.RECRUITMENT_OR_WORKFORCE);
        rule("StaffService.findByWorkEmails", Rule.RECRUITMENT_OR_WORKFORCE);
        rule("StaffService.importRecord", Rule.RECRUITMENT_OR_WORKFORCE);
        rule("StaffService.firstAdministratorsByEmail", Rule.RECRUITMENT_OR_WORKFORCE);
        rule("StaffService.recordSmartcardNeed", Rule.INTERNAL);
        rule("StaffService.recordStaffGroup", Rule.INTERNAL);
        rule("StarterImportService.check", Rule.RECRUITMENT_OR_WORKFORCE);
        rule("StaffListImportService.check", Rule.WORKFORCE_ONLY);
        rule("StaffListImportService.importFile", Rule.WORKFORCE_ONLY);
        rule("StaffListImportService.importFileConfirmingHeldChanges", Rule.WORKFORCE_ONLY);
        rule("StarterImportService.importFileConfirmingHeldChanges", Rule.WORKFORCE_ONLY);
        rule("RoleGrantService.holdingRoles", Rule.INTERNAL);
        rule("StaffListService.waitingMoves", Rule.WORKFORCE_ONLY);
        rule("StaffListService.scheduleMove", Rule.WORKFORCE_ONLY);
        rule("StaffListService.applyDueMoves", Rule.INTERNAL);
        rule("StaffListService.lockLeaversDue", Rule.INTERNAL);
        rule("StaffListService.endRecord", Rule.INTERNAL);
        rule("StaffListService.recordFullExtract", Rule.WORKFORCE_ONLY);
        rule("StaffListService.countLeftOut", Rule.WORKFORCE_ONLY);
        rule("StaffListService.notOnStaffList", Rule.WORKFORCE_ONLY);
        rule("StaffListService.countNotOnStaffList", Rule.WORKFORCE_ONLY);
        rule("StaffListService.keepOnStaffList", Rule.WORKFORCE_ONLY);
        rule("StaffListService.recordLeavingDate", Rule.WORKFORCE_ONLY);
        rule("StaffListService.needingAManager", Rule.WORKFORCE_ONLY);
        rule("StaffListService.countNeedingAManager", Rule.WORKFORCE_ONLY);
        rule("LeaverCards.settle", Rule.INTERNAL);
        rule("CardHolderImportService.check", Rule.WORKFORCE_ONLY);
        rule("CardHolderImportService.importFile", Rule.WORKFORCE_ONLY);
        rule("LeaverCards.toRecover", Rule.WORKFORCE_ONLY);
        rule("LeaverCards.countToRecover", Rule.WORKFORCE_ONLY);
        rule("LeaverCards.recordReturned", Rule.WORKFORCE_ONLY);
        rule("LeaverCards.recordKept", Rule.WORKFORCE_ONLY);
        rule("LeaverProcessing.processOneBatch", Rule.INTERNAL);
        rule("LeaverProcessing.applyDueMoves", Rule.INTERNAL);
        rule("RoleGrantService.endGrantsOfLeaver", Rule.INTERNAL);
        rule("StarterImportService.importFile", Rule.RECRUITMENT_OR_WORKFORCE);
        rule("StockService.levels", Rule.WORKFORCE_ONLY);
        rule("StockService.items", Rule.WORKFORCE_ONLY);
        rule("StockService.addItem", Rule.WORKFORCE_ONLY);
        rule("StockService.record", Rule.WORKFORCE_ONLY);
        rule("StockService.transfer", Rule.WORKFORCE_ONLY);
        rule("StockService.setReorderLevel", Rule.WORKFORCE_ONLY);
        rule("StockService.stocktake", Rule.WORKFORCE_ONLY);
        rule("StockService.useBlankCardForPrinting", Rule.INTERNAL);
        rule("StockService.printingSite", Rule.INTERNAL);
    }

    private static final Map<String, DemoUser> ROLES = Map.of(
            "starter",
            DemoUsers.STARTER,
            "manager",
            DemoUsers.MANAGER,
            "recruitment",
            DemoUsers.RECRUITER,
            "workforce",
            DemoUsers.ADMIN);

    @Autowired
    ApplicationContext context;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    StaffRepository staff;

    @Test
    void everyServiceMethodIsCalledAsEachRoleAndRefusedAsTheTableSays() {
        Map<String, Object> found = new TreeMap<>();
        Map<String, Method> methods = new TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("uk.nhs.smartcardportal")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic()
                        && !method.isBridge()) {
                    String name = type.getSimpleName() + "." + method.getName();
                    found.put(name, bean);
                    methods.put(name, method);
                }
            }
        }
        assertThat(found.keySet())
                .as("the table names every service method")
                .containsExactlyInAnyOrderElementsOf(TABLE.keySet());

        Map<String, String> wrong = new LinkedHashMap<>();
        int calls = 0;
        for (Map.Entry<String, Method> entry : methods.entrySet()) {
            Rule rule = TABLE.get(entry.getKey());
            if (rule == Rule.INTERNAL) {
                continue;
            }
            Object bean = found.get(entry.getKey());
            SignIn.out();
            if (!refused(bean, entry.getValue())) {
                wrong.put("nobody " + entry.getKey(), "allowed");
            }
            calls++;
            for (Map.Entry<String, DemoUser> role : ROLES.entrySet()) {
                SignIn.as(role.getValue(), staff);
                boolean refused = refused(bean, entry.getValue());
                if (refused == rule.roles.contains(role.getKey())) {
                    wrong.put(role.getKey() + " " + entry.getKey(), refused ? "refused" : "allowed");
                }
                calls++;
            }
        }
        System.out.printf(
                "Service access matrix: %d methods in the table (%d internal), %d calls%n",
                TABLE.size(),
                TABLE.values().stream().filter(rule -> rule == Rule.INTERNAL).count(),
                calls);
        assertThat(wrong).as("calls that went against the table").isEmpty();
    }

    /** Calls the method through its proxy with empty arguments, and rolls back whatever it did. */
    private boolean refused(Object bean, Method method) {
        Object[] arguments = Arrays.stream(method.getParameterTypes())
                .map(ServiceAccessMatrixTest::empty)
                .toArray();
        Boolean refused = transaction.execute(status -> {
            status.setRollbackOnly();
            try {
                bean.getClass()
                        .getMethod(method.getName(), method.getParameterTypes())
                        .invoke(bean, arguments);
                return false;
            } catch (InvocationTargetException thrown) {
                return isRefusal(thrown.getCause());
            } catch (ReflectiveOperationException unexpected) {
                throw new IllegalStateException(unexpected);
            }
        });
        return Boolean.TRUE.equals(refused);
    }

    private static boolean isRefusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException || cause instanceof AuthenticationException) {
                return true;
            }
        }
        return false;
    }

    private static Object empty(Class<?> type) {
        if (!type.isPrimitive()) {
            return type == List.class ? List.of() : null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == float.class) {
            return 0.0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        return 0;
    }
}
