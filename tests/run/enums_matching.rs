// patterns: enums with data, nested patterns, guards, bindings, slices, ranges
#[derive(Debug, Clone, PartialEq)]
enum Cmd {
    Move { x: i32, y: i32 },
    Say(String),
    Repeat(u32, Box<Cmd>),
    Quit,
}

fn run(c: &Cmd, depth: usize) {
    let pad = " ".repeat(depth);
    match c {
        Cmd::Move { x: 0, y } => println!("{}vertical {}", pad, y),
        Cmd::Move { x, y } if x == y => println!("{}diagonal {}", pad, x),
        Cmd::Move { x, .. } => println!("{}move x={}", pad, x),
        Cmd::Say(s) if s.is_empty() => println!("{}(silence)", pad),
        Cmd::Say(s) => println!("{}say {}", pad, s),
        Cmd::Repeat(n @ 1..=3, inner) => {
            let times = *n;
            for _ in 0..times {
                run(inner, depth + 1);
            }
        }
        Cmd::Repeat(n, _) => println!("{}too many: {}", pad, n),
        Cmd::Quit => println!("{}quit", pad),
    }
}

fn classify(v: &[i32]) -> String {
    match v {
        [] => "empty".to_string(),
        [x] => format!("one {}", x),
        [first, .., last] if first == last => format!("same ends {}", first),
        [first, rest @ ..] => format!("first {} then {} more", first, rest.len()),
    }
}

fn main() {
    let cmds = vec![
        Cmd::Move { x: 0, y: 5 },
        Cmd::Move { x: 2, y: 2 },
        Cmd::Move { x: 3, y: 1 },
        Cmd::Say(String::new()),
        Cmd::Repeat(2, Box::new(Cmd::Say("hi".into()))),
        Cmd::Repeat(9, Box::new(Cmd::Quit)),
        Cmd::Quit,
    ];
    for c in &cmds {
        run(c, 0);
    }
    println!("{:?}", cmds[4]);
    println!("{}", cmds[6] == Cmd::Quit);
    for v in [vec![], vec![4], vec![1, 2, 1], vec![1, 2, 3]] {
        println!("{}", classify(&v));
    }
    let pair = (3, "x");
    let (n, s) = pair;
    let msg = match n {
        i32::MIN..=0 => "non-positive",
        1 | 2 => "small",
        _ => "big",
    };
    println!("{} {} {}", n, s, msg);
    let opt: Option<Option<i32>> = Some(None);
    if let Some(None) = opt {
        println!("nested none");
    }
    let c = 'q';
    println!("{}", matches!(c, 'a'..='z' if c != 'x'));
    let Some(v) = Some(10) else { panic!("no") };
    println!("let-else {}", v);
}
