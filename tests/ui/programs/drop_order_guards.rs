// RAII guards with Drop printing their release order across scopes, moves, mem::drop and a Vec
struct Guard {
    name: String,
}

impl Guard {
    fn new(name: &str) -> Guard {
        println!("acquire {}", name);
        Guard { name: name.to_string() }
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("release {}", self.name);
    }
}

fn hand_over(g: Guard) -> usize {
    println!("took {}", g.name);
    g.name.len()
}

fn main() {
    let _outer = Guard::new("outer");
    {
        let _a = Guard::new("a");
        let _b = Guard::new("b");
        println!("inner scope ends");
    }
    let moved = Guard::new("moved");
    let n = hand_over(moved);
    println!("name length {}", n);
    let early = Guard::new("early");
    drop(early);
    let pool = vec![Guard::new("p1"), Guard::new("p2"), Guard::new("p3")];
    let mut pool = pool;
    let last = pool.pop().unwrap();
    println!("popped {}", last.name);
    let _ = Guard::new("ignored");
    let _kept = Guard::new("kept");
    println!("end of main");
}
