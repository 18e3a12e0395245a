// a ticket queue that serves by position and panics on an out-of-range position at run time
struct Queue {
    tickets: Vec<String>,
    served: usize,
}

impl Queue {
    fn serve_at(&mut self, pos: usize) -> String {
        let t = self.tickets[pos].clone();
        self.served += 1;
        t
    }
}

fn positions(n: usize) -> Vec<usize> {
    (0..n).map(|i| i * 2).collect()
}

fn main() {
    let mut q = Queue { tickets: Vec::new(), served: 0 };
    for i in 1..=5 {
        q.tickets.push(format!("T{:03}", i * 7));
    }
    println!("{} tickets waiting", q.tickets.len());
    for pos in positions(4) {
        let t = q.serve_at(pos);
        println!("served {} from position {}", t, pos);
    }
    println!("served {} in total", q.served);
}
