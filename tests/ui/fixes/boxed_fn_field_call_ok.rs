struct Rule {
    name: String,
    check: Box<dyn Fn(&i32) -> bool>,
}

struct Counter {
    step: Box<dyn FnMut() -> u32>,
}

fn main() {
    let limit = 10;
    let rules = vec![
        Rule { name: "positive".to_string(), check: Box::new(|x| *x > 0) },
        Rule { name: "small".to_string(), check: Box::new(move |x| *x < limit) },
    ];
    for item in [5, -3, 42] {
        let failed: Vec<&str> = rules.iter().filter(|r| !(r.check)(&item)).map(|r| r.name.as_str()).collect();
        println!("{} fails {:?}", item, failed);
    }
    let pair = (1, Box::new(|x: i32| x * 2) as Box<dyn Fn(i32) -> i32>);
    println!("{}", (pair.1)(pair.0 + 2));
    let mut n = 0;
    let mut c = Counter { step: Box::new(move || { n += 3; n }) };
    println!("{} {}", (c.step)(), (c.step)());
}
