// a todo list where a helper marks a task done through a shared reference
#[derive(Debug)]
struct Task {
    title: String,
    done: bool,
    priority: u8,
}

fn complete(task: &Task) {
    task.done = true;
}

fn pending(tasks: &[Task]) -> Vec<&str> {
    tasks.iter().filter(|t| !t.done).map(|t| t.title.as_str()).collect()
}

fn main() {
    let mut tasks = vec![
        Task { title: String::from("write report"), done: false, priority: 2 },
        Task { title: String::from("call bank"), done: false, priority: 1 },
        Task { title: String::from("water plants"), done: false, priority: 3 },
    ];
    tasks.sort_by_key(|t| t.priority);
    complete(&tasks[0]);
    println!("pending: {:?}", pending(&tasks));
    for t in &tasks {
        println!("[{}] {} (p{})", if t.done { "x" } else { " " }, t.title, t.priority);
    }
}
