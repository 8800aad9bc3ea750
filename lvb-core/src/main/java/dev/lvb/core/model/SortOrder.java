package dev.lvb.core.model;

/** Sort direction of list queries. */
public enum SortOrder {
    /** Oldest or smallest first. */
    ASC("asc", 0),
    /** Newest or largest first. */
    DESC("desc", 1);

    private final String text;
    private final int number;

    SortOrder(String text, int number) {
        this.text = text;
        this.number = number;
    }

    /** @return the value of {@code Param.s.sort_type} */
    public String text() {
        return text;
    }

    /** @return the value of {@code Param.n.order_by_type} */
    public int number() {
        return number;
    }
}
