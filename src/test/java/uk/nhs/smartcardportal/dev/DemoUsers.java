package uk.nhs.smartcardportal.dev;

import java.util.List;

/** The demo trust's people: one list feeds both the demo data and the embedded sign-in page. */
public final class DemoUsers {

    public static final String AINTREE = "Aintree University Hospital";
    public static final String ROYAL = "Royal Liverpool University Hospital";
    public static final String BROADGREEN = "Broadgreen Hospital";
    public static final String DENTAL = "Liverpool University Dental Hospital";
    public static final String STORE = "Williamson House, Wavertree";
    public static final String GENERAL_OFFICE = "General Office (legacy)";

    public static final DemoUser STARTER = user("E100001", "Amira", "Khan", "Staff Nurse",
            "Nursing and Midwifery Registered", "Ward 7B Respiratory", AINTREE, "Tom Reilly", 7, true, "STAFF");
    public static final DemoUser MANAGER = user("E100002", "Tom", "Reilly", "Ward Manager",
            "Nursing and Midwifery Registered", "Ward 7B Respiratory", AINTREE, null, -2900, true,
            "STAFF", "MANAGER");
    public static final DemoUser RECRUITER = user("E100003", "Grace", "Okafor", "Recruitment Officer",
            "Administrative and Clerical", "Recruitment", STORE, "Sarah Whitfield", -1200, true,
            "STAFF", "RECRUITMENT");
    public static final DemoUser ADMIN = user("E100004", "Dave", "Jones", "Workforce Systems Officer",
            "Administrative and Clerical", "Workforce Systems", STORE, "Sarah Whitfield", -2100, true,
            "STAFF", "WORKFORCE");
    public static final DemoUser TEAM_LEAD = user("E100005", "Sarah", "Whitfield", "Workforce Systems Manager",
            "Administrative and Clerical", "Workforce Systems", STORE, null, -4000, true,
            "STAFF", "MANAGER", "WORKFORCE");
    public static final DemoUser NO_CARD_STARTER = user("E100006", "Liam", "O'Brien", "Porter",
            "Estates and Ancillary", "Facilities", ROYAL, "Chloe Evans", 14, true, "STAFF");

    public static final List<DemoUser> ALL = List.of(STARTER, MANAGER, RECRUITER, ADMIN, TEAM_LEAD, NO_CARD_STARTER,
            user("E100007", "Chloe", "Evans", "Facilities Manager", "Estates and Ancillary", "Facilities", ROYAL,
                    null, -3000, false, "STAFF", "MANAGER"),
            user("E100008", "Mohammed", "Ali", "Junior Doctor (FY1)", "Medical and Dental", "Acute Medicine", ROYAL,
                    "Helen Murphy", 3, false, "STAFF"),
            user("E100009", "Helen", "Murphy", "Consultant Physician", "Medical and Dental", "Acute Medicine", ROYAL,
                    null, -5000, false, "STAFF", "MANAGER"),
            user("E100010", "Jack", "Thompson", "Healthcare Assistant", "Additional Clinical Services",
                    "Ward 7B Respiratory", AINTREE, "Tom Reilly", 10, false, "STAFF"),
            user("E100011", "Olivia", "Brown", "Physiotherapist", "Allied Health Professionals", "Therapies",
                    BROADGREEN, "Rachel Green", 5, false, "STAFF"),
            user("E100012", "Rachel", "Green", "Therapies Lead", "Allied Health Professionals", "Therapies",
                    BROADGREEN, null, -3500, false, "STAFF", "MANAGER"),
            user("E100013", "Daniel", "Wright", "Dental Nurse", "Additional Clinical Services", "Restorative Dentistry",
                    DENTAL, "Fatima Begum", 12, false, "STAFF"),
            user("E100014", "Fatima", "Begum", "Dental Services Manager", "Administrative and Clerical",
                    "Restorative Dentistry", DENTAL, null, -2500, false, "STAFF", "MANAGER"),
            user("E100015", "Ewan", "MacLeod", "Pharmacist", "Additional Professional Scientific and Technical",
                    "Pharmacy", ROYAL, "Helen Murphy", 21, false, "STAFF"),
            user("E100016", "Zofia", "Nowak", "Staff Nurse", "Nursing and Midwifery Registered",
                    "Ward 7B Respiratory", AINTREE, "Tom Reilly", 28, false, "STAFF"),
            user("E100017", "Kwame", "Mensah", "Radiographer", "Allied Health Professionals", "Radiology", AINTREE,
                    "Rachel Green", 9, false, "STAFF"),
            user("E100018", "Sian", "Roberts", "Ward Clerk", "Administrative and Clerical", "Ward 7B Respiratory",
                    AINTREE, "Tom Reilly", 4, false, "STAFF"),
            user("E100019", "Priya", "Patel", "Recruitment Assistant", "Administrative and Clerical", "Recruitment",
                    STORE, "Sarah Whitfield", -400, false, "STAFF", "RECRUITMENT"),
            user("E100020", "Connor", "Doyle", "Workforce Systems Assistant", "Administrative and Clerical",
                    "Workforce Systems", STORE, "Sarah Whitfield", -800, false, "STAFF", "WORKFORCE"),
            user("E100021", "Aisha", "Rahman", "Midwife", "Nursing and Midwifery Registered", "Maternity", ROYAL,
                    "Helen Murphy", 16, false, "STAFF"),
            user("E100022", "Ben", "Carter", "Paramedic", "Allied Health Professionals", "Emergency Department",
                    AINTREE, "Tom Reilly", 2, false, "STAFF"),
            user("E100023", "Megan", "Hughes", "Occupational Therapist", "Allied Health Professionals", "Therapies",
                    BROADGREEN, "Rachel Green", 19, false, "STAFF"),
            user("E100024", "Yusuf", "Ahmed", "Biomedical Scientist", "Healthcare Scientists", "Pathology", ROYAL,
                    "Helen Murphy", 24, false, "STAFF"),
            user("E100025", "Lucy", "Walsh", "Medical Secretary", "Administrative and Clerical", "Acute Medicine",
                    ROYAL, "Helen Murphy", 6, false, "STAFF"),
            user("E100026", "Tomasz", "Kowalski", "Domestic Assistant", "Estates and Ancillary", "Facilities",
                    BROADGREEN, "Chloe Evans", 11, false, "STAFF"),
            user("E100027", "Hannah", "Scott", "Clinical Coder", "Administrative and Clerical", "Health Records",
                    BROADGREEN, "Chloe Evans", -60, false, "STAFF"),
            user("E100028", "Ravi", "Singh", "Specialty Registrar", "Medical and Dental", "Cardiology", ROYAL,
                    "Helen Murphy", 35, false, "STAFF"),
            user("E100029", "Niamh", "Byrne", "Dental Hygienist", "Allied Health Professionals",
                    "Restorative Dentistry", DENTAL, "Fatima Begum", 8, false, "STAFF"),
            user("E100030", "Owen", "Price", "Estates Officer", "Estates and Ancillary", "Estates", AINTREE,
                    "Chloe Evans", -150, false, "STAFF"));

    /** Signs in successfully but has no staff record: shows the "no staff record" page. */
    public static final String UNKNOWN_SUBJECT = "visitor.unknown";

    private DemoUsers() {
    }

    private static DemoUser user(String number, String first, String last, String title, String group, String dept,
            String site, String manager, int startInDays, boolean signIn, String... roles) {
        return new DemoUser(number, first, last, title, group, dept, site, manager, startInDays, List.of(roles),
                signIn);
    }
}
