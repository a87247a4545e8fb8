// The hours form: choosing a project group ticks "Group" as the kind, as the server does on save (a group's hours are group work).
document.addEventListener("DOMContentLoaded", () => {
    const who = document.querySelector("select[data-group-kind]");
    const group = document.getElementById(who?.dataset.groupKind ?? "");
    if (!who || !group) return;
    who.addEventListener("change", () => {
        if (who.value.startsWith("group-")) group.checked = true;
    });
});
