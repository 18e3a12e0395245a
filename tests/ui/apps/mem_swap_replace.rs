// std::mem::swap/replace/take on struct fields, Option::take, double buffering
use std::mem;

#[derive(Debug, Default)]
struct Buffers {
    front: Vec<u8>,
    back: Vec<u8>,
    frame: u32,
}

impl Buffers {
    fn draw(&mut self, v: u8) {
        self.back.push(v);
    }

    fn flip(&mut self) -> usize {
        mem::swap(&mut self.front, &mut self.back);
        self.back.clear();
        self.frame += 1;
        self.front.len()
    }
}

#[derive(Debug)]
enum State {
    Idle,
    Running { pid: u32, name: String },
    Done(String),
}

fn advance(s: &mut State) {
    let old = mem::replace(s, State::Idle);
    *s = match old {
        State::Idle => State::Running { pid: 7, name: "job".to_string() },
        State::Running { name, .. } => State::Done(name + " ok"),
        State::Done(msg) => State::Done(msg),
    };
}

fn main() {
    let mut b = Buffers::default();
    for v in 1..=3 {
        b.draw(v);
    }
    println!("flip -> {} front={:?}", b.flip(), b.front);
    b.draw(9);
    println!("flip -> {} front={:?} frame={}", b.flip(), b.front, b.frame);

    let taken = mem::take(&mut b.front);
    println!("taken {:?}, left {:?}", taken, b.front);

    let mut s = State::Idle;
    for _ in 0..4 {
        advance(&mut s);
        println!("{:?}", s);
    }

    let mut a = String::from("left");
    let mut c = String::from("right");
    mem::swap(&mut a, &mut c);
    println!("{} {}", a, c);
    let old = mem::replace(&mut a, "new".to_string());
    println!("old={} a={}", old, a);

    let mut slot: Option<Vec<i32>> = Some(vec![1, 2]);
    let got = slot.take();
    println!("{:?} {:?}", got, slot);
    let mut pair = (1, 2);
    mem::swap(&mut pair.0, &mut pair.1);
    println!("{:?}", pair);
}
