// VecDeque round-robin scheduler, while let with pop_front, struct update, labeled loop
use std::collections::VecDeque;

#[derive(Debug, Clone)]
struct Task {
    id: u32,
    remaining: u32,
    priority: u8,
}

fn schedule(mut queue: VecDeque<Task>, quantum: u32) -> Vec<(u32, u32)> {
    let mut finished = Vec::new();
    let mut clock = 0;
    while let Some(mut t) = queue.pop_front() {
        let slice = if t.priority > 1 { quantum * 2 } else { quantum };
        let used = slice.min(t.remaining);
        clock += used;
        t.remaining -= used;
        if t.remaining == 0 {
            finished.push((t.id, clock));
        } else if t.priority > 2 {
            queue.push_front(Task { priority: t.priority - 1, ..t });
        } else {
            queue.push_back(t);
        }
    }
    finished
}

fn main() {
    let mut q = VecDeque::new();
    q.push_back(Task { id: 1, remaining: 5, priority: 1 });
    q.push_back(Task { id: 2, remaining: 12, priority: 3 });
    q.push_back(Task { id: 3, remaining: 3, priority: 2 });
    q.push_back(Task { id: 4, remaining: 8, priority: 1 });
    println!("queued {} tasks, front = {:?}", q.len(), q.front().map(|t| t.id));

    let done = schedule(q.clone(), 2);
    for (id, at) in &done {
        println!("task {} finished at t={}", id, at);
    }

    let mut ring: VecDeque<i32> = (1..=6).collect();
    ring.rotate_left(2);
    println!("rotated: {:?}", ring);

    let mut found = None;
    'outer: for round in 0..4 {
        for (i, v) in ring.iter().enumerate() {
            if (v * round) % 7 == 6 {
                found = Some((round, i));
                break 'outer;
            }
        }
    }
    println!("found: {:?}", found);
    let back = ring.pop_back();
    println!("back={:?} contains 3: {}", back, ring.contains(&3));
}
