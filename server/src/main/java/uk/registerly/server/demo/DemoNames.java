package uk.registerly.server.demo;

import java.util.List;
import java.util.Random;

/** Invented names for demo pupils, families and staff (deterministic for a given seed). */
final class DemoNames {

    private static final List<String> FIRST = List.of("Amara", "Ben", "Chloe", "Daniel", "Ella", "Finley", "Grace",
            "Harry", "Isla", "Jacob", "Kiera", "Leo", "Maya", "Noah", "Olivia", "Priya", "Quentin", "Rosie", "Sami",
            "Tia", "Umar", "Violet", "William", "Yasmin", "Zac", "Aisha", "Charlie", "Evie", "Freddie", "Hana",
            "Ivy", "Jude", "Lily", "Mohammed", "Nia", "Oscar", "Poppy", "Reuben", "Sofia", "Theo");
    private static final List<String> LAST = List.of("Ahmed", "Baker", "Clarke", "Davies", "Evans", "Fletcher",
            "Green", "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak", "Okafor", "Patel", "Quinn",
            "Roberts", "Singh", "Taylor", "Usman", "Vaughan", "Walker", "Young", "Zielinski", "Bennett", "Cooper",
            "Edwards", "Foster", "Hall");
    private static final List<String> TEACHERS = List.of("Alice Patel", "Ben Carter", "Catherine Osei",
            "David Lin", "Emma Rowe", "Farid Haddad", "Gemma Price", "Hugo Ward", "Imogen Shaw", "James Bell",
            "Kate Moss-Field", "Liam O'Connor");

    private final Random random;

    DemoNames(long seed) {
        this.random = new Random(seed);
    }

    String firstName() {
        return FIRST.get(random.nextInt(FIRST.size()));
    }

    String lastName() {
        return LAST.get(random.nextInt(LAST.size()));
    }

    static String teacher(int index) {
        String name = TEACHERS.get(index % TEACHERS.size());
        return index < TEACHERS.size() ? name : name + " " + (index / TEACHERS.size() + 1);
    }

    Random random() {
        return random;
    }
}
