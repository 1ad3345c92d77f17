#pragma once

// The views of the task list (TaskService::taskIds).
enum class TaskView
{
    All,     // every live task, newest first
    Open,    // not done, by due time, those without a due time last
    Today,   // open and due during today (local day), by due time
    Overdue, // open and due before today began, by due time
    Done,    // done, by due time, those without a due time last
};
