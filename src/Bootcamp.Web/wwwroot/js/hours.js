// The hours form: choosing a project group ticks "Group" as the kind, as the server does on save (a group's hours are group work).
// The weekly grid: the hours typed and not yet saved are added up per learner, per day and in all, beside the logged totals.
document.addEventListener("DOMContentLoaded", () => {
    const who = document.querySelector("select[data-group-kind]");
    const group = document.getElementById(who?.dataset.groupKind ?? "");
    if (!who || !group) return;
    who.addEventListener("change", () => {
        if (who.value.startsWith("group-")) group.checked = true;
    });
});

document.addEventListener("DOMContentLoaded", () => {
    const grid = document.querySelector("table[data-typed-totals]");
    if (!grid) return;
    const cells = [...grid.querySelectorAll("input[data-learner][data-day]")];
    const hoursOf = (input) => {
        const hours = Number(input.value.trim().replace(",", "."));
        return input.value.trim() === "" || !Number.isFinite(hours) ? 0 : hours;
    };
    const show = (span, hours) => {
        span.textContent = hours === 0 ? "" : `+ ${Number(hours.toFixed(2))} h to save`;
    };
    const update = () => {
        const byLearner = new Map();
        const byDay = new Map();
        let all = 0;
        for (const cell of cells) {
            const hours = hoursOf(cell);
            byLearner.set(cell.dataset.learner, (byLearner.get(cell.dataset.learner) ?? 0) + hours);
            byDay.set(cell.dataset.day, (byDay.get(cell.dataset.day) ?? 0) + hours);
            all += hours;
        }
        grid.querySelectorAll("[data-learner-total]").forEach((span) => show(span, byLearner.get(span.dataset.learnerTotal) ?? 0));
        grid.querySelectorAll("[data-day-total]").forEach((span) => show(span, byDay.get(span.dataset.dayTotal) ?? 0));
        show(grid.querySelector("[data-all-total]"), all);
    };
    grid.addEventListener("input", update);
    update();
});
