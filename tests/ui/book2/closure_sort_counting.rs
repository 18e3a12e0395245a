// closures: FnMut in sort_by_key and retain, counting calls through a captured counter
#[derive(Debug, Clone)]
struct Task {
    name: String,
    priority: u8,
    done: bool,
}

fn main() {
    let mut tasks = vec![
        Task { name: "write".into(), priority: 2, done: false },
        Task { name: "test".into(), priority: 1, done: true },
        Task { name: "ship".into(), priority: 3, done: false },
        Task { name: "plan".into(), priority: 1, done: false },
    ];

    let mut comparisons = 0;
    tasks.sort_by(|a, b| {
        comparisons += 1;
        a.priority.cmp(&b.priority).then_with(|| a.name.cmp(&b.name))
    });
    println!("sorted with {} comparisons", comparisons > 0);
    for t in &tasks {
        println!("{} p{} done={}", t.name, t.priority, t.done);
    }

    let mut removed = Vec::new();
    tasks.retain(|t| {
        if t.done {
            removed.push(t.name.clone());
            false
        } else {
            true
        }
    });
    println!("removed {:?}, left {}", removed, tasks.len());

    let names: Vec<&str> = tasks.iter().map(|t| t.name.as_str()).collect();
    println!("{}", names.join(", "));

    let bump = |t: &mut Task| t.priority += 10;
    tasks.iter_mut().for_each(bump);
    let total: u32 = tasks.iter().map(|t| t.priority as u32).sum();
    println!("total priority {total}");
}
