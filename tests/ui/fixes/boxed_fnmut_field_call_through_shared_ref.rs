struct Counter {
    step: Box<dyn FnMut() -> u32>,
}

fn tick(c: &Counter) -> u32 {
    (c.step)()
}

fn main() {
    let mut n = 0;
    let c = Counter { step: Box::new(move || { n += 1; n }) };
    println!("{}", tick(&c));
}
