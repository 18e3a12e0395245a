// trait objects: a &str borrowed from a plugin is still a format argument when a &mut method runs
trait Plugin {
    fn name(&self) -> &str;
    fn run(&mut self, input: i64) -> i64;
}

struct Doubler {
    calls: u32,
}
struct Offset(i64);

impl Plugin for Doubler {
    fn name(&self) -> &str {
        "doubler"
    }
    fn run(&mut self, input: i64) -> i64 {
        self.calls += 1;
        input * 2
    }
}

impl Plugin for Offset {
    fn name(&self) -> &str {
        "offset"
    }
    fn run(&mut self, input: i64) -> i64 {
        input + self.0
    }
}

fn run_static<P: Plugin>(p: &mut P, x: i64) -> i64 {
    p.run(x)
}

fn run_dyn(ps: &mut [Box<dyn Plugin>], mut x: i64) -> i64 {
    for p in ps.iter_mut() {
        x = p.run(x);
        println!("  after {}: {x}", p.name());
    }
    x
}

fn make(kind: u8) -> impl Plugin {
    Offset(kind as i64 * 100)
}

fn main() {
    let mut d = Doubler { calls: 0 };
    println!("{}", run_static(&mut d, 21));
    println!("{}", run_static(&mut d, 4));
    println!("calls {}", d.calls);
    let mut o = make(3);
    println!("{} {}", o.name(), o.run(1));
    let mut chain: Vec<Box<dyn Plugin>> = vec![Box::new(Offset(5)), Box::new(d), Box::new(Offset(-1))];
    println!("result {}", run_dyn(&mut chain, 10));
    let names: Vec<&str> = chain.iter().map(|p| p.name()).collect();
    println!("{:?}", names);
}
