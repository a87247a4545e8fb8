using Bootcamp.Domain.Cohorts;

namespace Bootcamp.Web.Data.SeedData;

/// <summary>A country of the generated network: where its centres are, its clock, and the names its learners and staff have.</summary>
public sealed record NetworkCountry(string Code, string DialCode, string TimeZoneId, string[] Cities, string[] FirstNames, string[] LastNames);

/// <summary>A programme of the generated network, built on one of seed-data's four programmes (its modules, projects and criteria).</summary>
public sealed record NetworkProgramme(string Code, string Name, string Template, int Weeks);

/// <summary>
/// The made-up but believable world of <see cref="NetworkGenerator"/>: countries whose public holidays the PublicHoliday
/// library knows, cities with a district or landmark for each centre, names as people there are called, and a catalogue
/// of programmes as a reskilling network offers them.
/// </summary>
public static class NetworkNames
{
    public static readonly NetworkCountry[] Countries =
    [
        new("DE", "+49", "Europe/Berlin", ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Frankfurt am Main"],
            ["Lena", "Jonas", "Mia", "Lukas", "Hannah", "Felix", "Emilia", "Paul", "Sophie", "Murat", "Elif", "Tobias"],
            ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Yılmaz", "Schäfer", "Koch", "Richter"]),
        new("PT", "+351", "Europe/Lisbon", ["Lisboa", "Porto", "Braga", "Coimbra"],
            ["Inês", "João", "Beatriz", "Tiago", "Mariana", "Rui", "Catarina", "Diogo", "Ana", "Pedro", "Leonor", "Miguel"],
            ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Fernandes", "Gomes", "Lopes"]),
        new("ES", "+34", "Europe/Madrid", ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao"],
            ["Lucía", "Hugo", "Martina", "Pablo", "Carmen", "Javier", "Paula", "Álvaro", "Sara", "Daniel", "Nerea", "Iker"],
            ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz", "Navarro", "Etxeberria"]),
        new("FR", "+33", "Europe/Paris", ["Paris", "Lyon", "Marseille", "Lille", "Toulouse", "Nantes"],
            ["Camille", "Louis", "Manon", "Hugo", "Chloé", "Lucas", "Léa", "Karim", "Inès", "Théo", "Amina", "Julien"],
            ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Benali", "Fournier"]),
        new("IT", "+39", "Europe/Rome", ["Milano", "Roma", "Torino", "Bologna", "Napoli"],
            ["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo", "Sara", "Alessandro", "Martina", "Davide", "Elena", "Simone"],
            ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo"]),
        new("NL", "+31", "Europe/Amsterdam", ["Amsterdam", "Rotterdam", "Utrecht", "Eindhoven"],
            ["Sanne", "Daan", "Emma", "Bram", "Lotte", "Sem", "Fleur", "Ruben", "Noor", "Mohamed", "Julia", "Thijs"],
            ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Boer", "El Amrani", "Bos"]),
        new("BE", "+32", "Europe/Brussels", ["Brussel", "Antwerpen", "Gent", "Liège"],
            ["Louise", "Arthur", "Elise", "Noah", "Marie", "Victor", "Lina", "Mathis", "Nora", "Jules", "Yasmine", "Wout"],
            ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Dubois", "Lambert", "Aydin", "Wouters"]),
        new("AT", "+43", "Europe/Vienna", ["Wien", "Graz", "Linz"],
            ["Anna", "Maximilian", "Laura", "David", "Valentina", "Elias", "Katharina", "Jakob", "Lea", "Stefan", "Selina", "Florian"],
            ["Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner", "Moser", "Mayer", "Hofer", "Leitner", "Berger", "Fuchs"]),
        new("CH", "+41", "Europe/Zurich", ["Zürich", "Genève", "Basel"],
            ["Nina", "Luca", "Lara", "Noah", "Alina", "Leon", "Jana", "Nico", "Céline", "Marco", "Selin", "Yannick"],
            ["Meier", "Müller", "Keller", "Brunner", "Baumann", "Frei", "Gerber", "Favre", "Rochat", "Bianchi", "Zimmermann", "Suter"]),
        new("IE", "+353", "Europe/Dublin", ["Dublin", "Cork", "Galway"],
            ["Aoife", "Seán", "Niamh", "Conor", "Ciara", "Darragh", "Sinéad", "Oisín", "Emma", "Cian", "Roisin", "Eoin"],
            ["Murphy", "Kelly", "O'Sullivan", "Walsh", "Byrne", "Ryan", "O'Brien", "Doyle", "McCarthy", "Gallagher", "Kowalczyk", "Nolan"]),
        new("GB", "+44", "Europe/London", ["London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol"],
            ["Olivia", "Oliver", "Amelia", "Harry", "Priya", "Jack", "Isla", "Mohammed", "Grace", "Kwame", "Chloe", "Callum"],
            ["Smith", "Jones", "Taylor", "Brown", "Williams", "Patel", "Khan", "Evans", "Thomas", "Okafor", "Campbell", "Hughes"]),
        new("PL", "+48", "Europe/Warsaw", ["Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań"],
            ["Zuzanna", "Jakub", "Julia", "Antoni", "Maja", "Szymon", "Zofia", "Filip", "Hanna", "Kacper", "Natalia", "Olena"],
            ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski"]),
        new("SE", "+46", "Europe/Stockholm", ["Stockholm", "Göteborg", "Malmö"],
            ["Alice", "William", "Maja", "Hugo", "Elsa", "Liam", "Astrid", "Oscar", "Ebba", "Ali", "Wilma", "Viktor"],
            ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Hassan", "Lindqvist", "Berg"]),
        new("NO", "+47", "Europe/Oslo", ["Oslo", "Bergen", "Trondheim"],
            ["Nora", "Jakob", "Emma", "Filip", "Ingrid", "Magnus", "Sofie", "Henrik", "Amalie", "Sander", "Ida", "Ahmed"],
            ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Haugen", "Berg"]),
        new("DK", "+45", "Europe/Copenhagen", ["København", "Aarhus", "Odense"],
            ["Freja", "Noah", "Ida", "Oscar", "Clara", "Emil", "Karla", "Magnus", "Sofia", "Mads", "Laura", "Frederik"],
            ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen"]),
        new("FI", "+358", "Europe/Helsinki", ["Helsinki", "Tampere", "Turku"],
            ["Aino", "Eino", "Sofia", "Väinö", "Helmi", "Leo", "Olivia", "Onni", "Ella", "Elias", "Venla", "Juho"],
            ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Saarinen"]),
        new("GR", "+30", "Europe/Athens", ["Athina", "Thessaloniki"],
            ["Maria", "Giorgos", "Eleni", "Dimitris", "Katerina", "Nikos", "Sofia", "Kostas", "Ioanna", "Yannis", "Vasiliki", "Panagiotis"],
            ["Papadopoulos", "Papadakis", "Georgiou", "Nikolaou", "Vlachos", "Oikonomou", "Dimitriou", "Konstantinou", "Ioannou", "Makris", "Pappas", "Angelopoulos"]),
        new("RO", "+40", "Europe/Bucharest", ["București", "Cluj-Napoca", "Iași", "Timișoara"],
            ["Andreea", "Andrei", "Ioana", "Alexandru", "Maria", "Mihai", "Elena", "Ștefan", "Ana", "Cristian", "Bianca", "Vlad"],
            ["Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Stoica", "Gheorghe", "Matei", "Ciobanu", "Rusu", "Munteanu", "Constantin"]),
        new("HU", "+36", "Europe/Budapest", ["Budapest", "Debrecen", "Szeged"],
            ["Hanna", "Bence", "Anna", "Máté", "Zsófia", "Levente", "Luca", "Dávid", "Réka", "Ádám", "Eszter", "Balázs"],
            ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh", "Papp"]),
        new("CA", "+1", "America/Toronto", ["Toronto", "Ottawa", "Montréal", "Hamilton"],
            ["Emily", "Liam", "Chloé", "Ethan", "Aisha", "Noah", "Olivia", "Arjun", "Gabrielle", "Mateo", "Mei", "Samuel"],
            ["Smith", "Tremblay", "Martin", "Roy", "Wilson", "Gagnon", "Singh", "Chen", "Nguyen", "MacDonald", "Bouchard", "Osei"]),
        new("CA", "+1", "America/Vancouver", ["Vancouver", "Calgary", "Edmonton"],
            ["Ava", "Lucas", "Harper", "Jacob", "Simran", "Owen", "Zoe", "Ryan", "Hana", "Daniel", "Maya", "Ravi"],
            ["Brown", "Li", "Wong", "Anderson", "Thompson", "Gill", "Kim", "Taylor", "Campbell", "Sandhu", "Johnson", "Stewart"]),
        new("AU", "+61", "Australia/Sydney", ["Sydney", "Melbourne", "Brisbane"],
            ["Charlotte", "Oliver", "Ruby", "Jack", "Mia", "William", "Isla", "Thomas", "Chloe", "Kai", "Grace", "Lachlan"],
            ["Smith", "Jones", "Williams", "Brown", "Wilson", "Nguyen", "Taylor", "Kelly", "Ryan", "Walker", "Tran", "Martin"]),
        new("AU", "+61", "Australia/Perth", ["Perth", "Adelaide"],
            ["Sienna", "Noah", "Matilda", "Henry", "Zara", "Cooper", "Evie", "Ethan", "Ivy", "Leo", "Harper", "Mason"],
            ["White", "Thompson", "Harris", "Lee", "King", "Wright", "Robinson", "Green", "Hall", "Clarke", "Young", "Scott"]),
        new("NZ", "+64", "Pacific/Auckland", ["Auckland", "Wellington", "Christchurch"],
            ["Aroha", "Nikau", "Isla", "Tama", "Amelia", "Mikaere", "Olivia", "Liam", "Mere", "Hunter", "Ruby", "Wiremu"],
            ["Smith", "Williams", "Wilson", "Ngata", "Brown", "Parata", "Taylor", "Walker", "Tipene", "Clark", "Thompson", "Ruawai"]),
        new("MX", "+52", "America/Mexico_City", ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla"],
            ["Sofía", "Santiago", "Valentina", "Mateo", "Regina", "Diego", "Ximena", "Emiliano", "Camila", "Leonardo", "Fernanda", "Rodrigo"],
            ["Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez", "Cruz", "Flores", "Morales"]),
        new("BR", "+55", "America/Sao_Paulo", ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Recife", "Porto Alegre"],
            ["Ana", "Gabriel", "Júlia", "Lucas", "Beatriz", "Rafael", "Larissa", "Matheus", "Fernanda", "Thiago", "Camila", "Bruno"],
            ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Ferreira", "Costa", "Rodrigues", "Almeida", "Nascimento", "Carvalho"]),
        new("ZA", "+27", "Africa/Johannesburg", ["Johannesburg", "Cape Town", "Durban", "Pretoria"],
            ["Thandiwe", "Sipho", "Lerato", "Thabo", "Naledi", "Pieter", "Zanele", "Kagiso", "Anele", "Johan", "Palesa", "Bongani"],
            ["Nkosi", "Dlamini", "Ndlovu", "Mokoena", "Botha", "Naidoo", "Khumalo", "van der Merwe", "Mthembu", "Pillay", "Sithole", "Pretorius"]),
        new("JP", "+81", "Asia/Tokyo", ["Tokyo", "Osaka", "Fukuoka"],
            ["Yui", "Haruto", "Aoi", "Sota", "Hina", "Yuto", "Sakura", "Ren", "Mei", "Kaito", "Rin", "Daiki"],
            ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada"]),
    ];

    /// <summary>The part of its city a centre is named after, after the city: Berlin Harbour, Lisboa Old Town.</summary>
    public static readonly string[] Sites = ["Harbour", "Old Town", "Station", "Riverside", "Tech Park", "Central", "Market Hall", "University Quarter", "Docks", "North"];

    public static readonly string[] RoomNames = ["Ada", "Turing", "Hopper", "Lovelace", "Berners-Lee", "Lamarr", "Knuth", "Dijkstra", "Lab 1", "Lab 2"];

    public static readonly (string Name, string Domain)[] Partners =
    [
        ("Atlantic Skills Alliance", "atlanticskills"), ("Maple Digital Futures", "mapledigital"), ("Northern Lights Workforce Trust", "northernlights"),
        ("Rhine Valley Chamber of Crafts", "rhinecrafts"), ("Iberian Talent Foundation", "iberiantalent"), ("Baltic Code Initiative", "balticcode"),
        ("Southern Cross Reskilling", "southerncross"), ("Pacific Pathways Trust", "pacificpathways"), ("Lakeside Employment Board", "lakeside"),
        ("Danube Digital Academy", "danubedigital"), ("Alpine Futures Fund", "alpinefutures"), ("Harbour City Jobs Partnership", "harbourjobs"),
        ("Second Chance Tech", "secondchance"), ("Women in Code Collective", "womenincode"), ("Veterans into Technology", "vetsintotech"),
        ("Midlands Skills Partnership", "midlandsskills"), ("Andes Tech Bridge", "andesbridge"), ("Savannah Skills Network", "savannahskills"),
        ("Sakura Career Works", "sakuracareer"), ("Aurora Learning Trust", "auroralearning"), ("Mediterranean Work Forward", "medforward"),
        ("Celtic Digital Skills", "celticdigital"), ("Hanse Regional Jobcentre Alliance", "hansejobs"), ("Vistula Future Skills", "vistulaskills"),
        ("Tasman Workforce Council", "tasmanworkforce"),
    ];

    /// <summary>Forty programmes, four tracks of ten, in an order that deals the tracks round so a small network still has each.</summary>
    public static readonly NetworkProgramme[] Programmes =
    [
        new("FSW", "Full-Stack Web Developer", "FSW", 36), new("QAA", "QA Automation Engineer", "QAA", 28),
        new("DAN", "Data Analyst", "DAN", 30), new("CYB", "Cyber Security Analyst", "CYB", 39),
        new("FSW-NET", "Full-Stack Developer (C# and .NET)", "FSW", 36), new("QAA-JVA", "Test Automation Engineer (Java and Selenium)", "QAA", 30),
        new("DAN-PY", "Data Analyst (Python)", "DAN", 32), new("SOC", "SOC Analyst", "CYB", 36),
        new("FSW-JVA", "Full-Stack Developer (Java and Spring)", "FSW", 38), new("QAA-PW", "QA Automation Engineer (Playwright)", "QAA", 28),
        new("BIA", "Business Intelligence Analyst", "DAN", 30), new("PEN", "Junior Penetration Tester", "CYB", 39),
        new("FED", "Front-End Developer (React)", "FSW", 30), new("QAM", "Software Tester (manual and exploratory)", "QAA", 26),
        new("DEN", "Junior Data Engineer", "DAN", 34), new("CLS", "Cloud Security Associate", "CYB", 36),
        new("BED", "Back-End Developer (Node.js)", "FSW", 32), new("QAA-API", "API Test Engineer", "QAA", 27),
        new("MKA", "Marketing Data Analyst", "DAN", 28), new("NET", "Network Administrator", "CYB", 34),
        new("MOB", "Mobile App Developer (Flutter)", "FSW", 34), new("QAA-MOB", "Mobile QA Engineer (Appium)", "QAA", 28),
        new("FIA", "Financial Data Analyst", "DAN", 30), new("ITS", "IT Support Specialist", "CYB", 26),
        new("PHP", "Web Developer (PHP and Laravel)", "FSW", 32), new("QAP", "Performance Test Engineer", "QAA", 30),
        new("HCA", "Healthcare Data Analyst", "DAN", 30), new("GRC", "Governance, Risk and Compliance Analyst", "CYB", 30),
        new("CLD", "Cloud and DevOps Engineer", "FSW", 39), new("ACC", "Accessibility Tester", "QAA", 26),
        new("GIS", "GIS and Spatial Data Analyst", "DAN", 32), new("DFI", "Digital Forensics Assistant", "CYB", 36),
        new("FSW-PY", "Full-Stack Developer (Python and Django)", "FSW", 36), new("GQA", "Game QA Tester", "QAA", 26),
        new("MLP", "Machine Learning Practitioner", "DAN", 39), new("IAM", "Identity and Access Management Specialist", "CYB", 32),
        new("FSW-PT", "Full-Stack Web Developer, part-time", "FSW", 39), new("QAA-PT", "QA Automation Engineer, part-time", "QAA", 39),
        new("DAN-PT", "Data Analyst, part-time", "DAN", 39), new("CYB-PT", "Cyber Security Analyst, part-time", "CYB", 39),
    ];

    public static readonly string[] WithdrawalReasons =
    [
        "Found a job in their previous field", "Moved to another city", "Caring for a family member", "Health reasons",
        "Could not combine the course with shift work", "Lost their funding", "Decided the track was not for them", "Childcare fell through",
    ];

    public static readonly string[] DeferralReasons =
    [
        "Parental leave; joins the next cohort", "Surgery and recovery; resumes with the next intake", "Work contract abroad for three months",
    ];

    public static readonly string[] CancellationReasons =
    [
        "Too few applicants to run the cohort", "Lead instructor left and no replacement in time", "The funding round was not confirmed",
        "Building works closed the rooms", "Merged with the parallel cohort at the same centre",
    ];

    /// <summary>
    /// Lecture weeks as centres run them: evenings of two and a half or three hours and a Saturday morning, or weekday
    /// mornings for full-time cohorts. Three hours is as long as a lecture after a working day goes, so a module's lecture
    /// time runs over more evenings, which gives DESIGN.md's five million attendance marks for fifty thousand learners.
    /// </summary>
    public static readonly LectureSlot[][] Patterns =
    [
        [Slot(DayOfWeek.Monday, 18, 0, 21, 0), Slot(DayOfWeek.Wednesday, 18, 0, 21, 0), Slot(DayOfWeek.Thursday, 18, 0, 21, 0)],
        [Slot(DayOfWeek.Tuesday, 18, 30, 21, 0), Slot(DayOfWeek.Thursday, 18, 30, 21, 0), Slot(DayOfWeek.Saturday, 9, 30, 12, 30)],
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }.Select(d => Slot(d, 9, 0, 12, 0))],
        [Slot(DayOfWeek.Tuesday, 18, 30, 21, 30), Slot(DayOfWeek.Thursday, 18, 30, 21, 30), Slot(DayOfWeek.Saturday, 9, 30, 12, 30)],
        [Slot(DayOfWeek.Monday, 18, 30, 21, 0), Slot(DayOfWeek.Wednesday, 18, 30, 21, 0), Slot(DayOfWeek.Saturday, 10, 0, 13, 0)],
    ];

    private static LectureSlot Slot(DayOfWeek day, int fromHour, int fromMinute, int toHour, int toMinute) =>
        new(day, new TimeOnly(fromHour, fromMinute), new TimeOnly(toHour, toMinute));
}
