using MappingDsl.Entities;
using MappingDsl.Maps.Salesmate.Source;

namespace MappingDsl.Maps.Salesmate;

public static partial class SalesmatePack
{
    /// <summary>
    /// Salesmate tasks become Dynamics 365 tasks with status, priority, due date and owner; the task is regarding its
    /// deal, else its contact (or lead), else its company. Completed tasks arrive completed.
    /// </summary>
    [Pair("Task", Module = "task")]
    [Ignore(nameof(SmTask.Type), Reason = "The module already says it is a task")]
    [Ignore(nameof(SmTask.LastModifiedAt), Reason = "Drives delta runs; Dataverse stamps its own modified-on")]
    public static Task Tasks(SmTask s, MapContext m) => ActivityColumns(new Task
    {
        Subject = Lossy.Truncate(s.Title ?? "(untitled task)", 200, "Task subjects are limited to 200 characters"),
        Description = Lossy.Truncate(s.Description, 2000, "Task descriptions are limited to 2000 characters"),
        ScheduledEnd = s.DueDate,
        ActualDurationMinutes = s.Duration,
        ActualEnd = s.CompletedAt,
        PriorityCode = TaskPriority(s.Priority),
        StateCode = s.IsCompleted == true || s.Status == "Completed" ? Task.StateCodeOption.Completed : null,
        StatusCode = TaskStatus(s.IsCompleted == true ? "Completed" : s.Status),
    }, s, m);

    /// <summary>Task status → the task's status reason.</summary>
    [Picklist("Task status", Discovered = "task.status")]
    public static Task.StatusCodeOption? TaskStatus(string? v) => v switch
    {
        null or "" or "Not Started" => Task.StatusCodeOption.NotStarted,
        "In Progress" => Task.StatusCodeOption.InProgress,
        "Waiting" => Task.StatusCodeOption.WaitingOnSomeoneElse,
        "Deferred" => Task.StatusCodeOption.Deferred,
        "Completed" => Task.StatusCodeOption.Completed,
        _ => Unmapped.Fail<Task.StatusCodeOption?>(v),
    };

    /// <summary>Task priority → the task's priority.</summary>
    [Picklist("Task priority", Discovered = "task.priority")]
    public static Task.PriorityCodeOption? TaskPriority(string? v) => v switch
    {
        null or "" => null,
        "High" => Task.PriorityCodeOption.High,
        "Medium" => Task.PriorityCodeOption.Normal,
        "Low" => Task.PriorityCodeOption.Low,
        _ => Unmapped.Default<Task.PriorityCodeOption?>(v, Task.PriorityCodeOption.Normal),
    };

    /// <summary>Outcome category (activity custom select field) → the sm_outcomecategory choice.</summary>
    [Picklist("Outcome category", Discovered = "task.selectCustomField1")]
    public static SmOutcomeCategory? OutcomeCategory(string? v) => v switch
    {
        null or "" => null,
        "Positive" => SmOutcomeCategory.Positive,
        "Neutral" => SmOutcomeCategory.Neutral,
        "Negative" => SmOutcomeCategory.Negative,
        _ => Unmapped.Fail<SmOutcomeCategory?>(v),
    };
}
