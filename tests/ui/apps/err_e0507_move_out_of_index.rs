// rejected E0507: moving a String out of a Vec by indexing instead of cloning or swapping
#[derive(Debug)]
struct Queue {
    names: Vec<String>,
    served: Vec<String>,
}

impl Queue {
    fn join(&mut self, n: &str) -> usize {
        self.names.push(n.to_string());
        self.names.len()
    }

    fn serve_first(&mut self) -> Option<String> {
        if self.names.is_empty() {
            return None;
        }
        let first = self.names[0];
        self.served.push(first.clone());
        Some(first)
    }
}

fn main() {
    let mut q = Queue { names: vec![], served: vec![] };
    for n in ["ola", "pia", "quinn"] {
        let pos = q.join(n);
        println!("{} is number {}", n, pos);
    }
    while let Some(n) = q.serve_first() {
        println!("serving {}", n);
        if q.served.len() >= 2 {
            break;
        }
    }
    println!("served {:?}", q.served);
}
