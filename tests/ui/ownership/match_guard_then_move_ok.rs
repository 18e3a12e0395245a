// ownership: a guard reads a binding by reference; only the chosen arm moves the payload
enum Job {
    Print(String),
    Skip,
}

fn run(job: Job) -> String {
    match job {
        Job::Print(text) if text.is_empty() => String::from("(empty)"),
        Job::Print(text) => text,
        Job::Skip => String::from("skipped"),
    }
}

fn main() {
    println!("{}", run(Job::Print(String::from("hi"))));
    println!("{}", run(Job::Print(String::new())));
    println!("{}", run(Job::Skip));
}
