const MAX: usize = 3;
static GREETING: &str = "hi";
const PRIMES: [u32; 4] = [2, 3, 5, 7];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Dir {
    N,
    E,
    S,
    W,
}

impl Dir {
    const ALL: [Dir; 4] = [Dir::N, Dir::E, Dir::S, Dir::W];
    fn turn(self) -> Dir {
        match self {
            Dir::N => Dir::E,
            Dir::E => Dir::S,
            Dir::S => Dir::W,
            Dir::W => Dir::N,
        }
    }
}

enum Cmd {
    Move { dx: i32, dy: i32 },
    Say(String),
    Quit,
}

fn parse(s: &str) -> Option<Cmd> {
    let mut it = s.split(' ');
    let head = it.next()?;
    let cmd = match head {
        "move" => {
            let dx = it.next()?.parse().ok()?;
            let dy = it.next()?.parse().ok()?;
            Cmd::Move { dx, dy }
        }
        "say" => Cmd::Say(it.collect::<Vec<_>>().join(" ")),
        "quit" => Cmd::Quit,
        _ => return None,
    };
    Some(cmd)
}

fn first_word_len(s: &str) -> usize {
    let Some(w) = s.split_whitespace().next() else {
        return 0;
    };
    w.len()
}

fn classify(n: i32) -> &'static str {
    match n {
        i32::MIN..=-1 => "neg",
        0 => "zero",
        1 | 2 | 3 => "small",
        x if x % 2 == 0 => "even",
        _ => "odd",
    }
}

fn main() {
    let mut d = Dir::N;
    for _ in 0..MAX {
        d = d.turn();
    }
    println!("{:?} {:?} {}", d, Dir::ALL, GREETING);
    println!("{}", PRIMES[0] + PRIMES[3]);
    for line in ["move 1 2", "say hello world", "quit", "jump", "move x"] {
        match parse(line) {
            Some(Cmd::Move { dx, dy }) => println!("move {} {}", dx, dy),
            Some(Cmd::Say(s)) => println!("say {}", s),
            Some(Cmd::Quit) => println!("quit"),
            None => println!("bad: {}", line),
        }
    }
    println!("{} {}", first_word_len("hello there"), first_word_len("   "));
    for n in [-5, 0, 2, 8, 9] {
        print!("{} ", classify(n));
    }
    println!();
    let mut found = None;
    'outer: for i in 1..10 {
        for j in 1..10 {
            if i * j == 42 {
                found = Some((i, j));
                break 'outer;
            }
            if j > i {
                continue 'outer;
            }
        }
    }
    println!("{:?}", found);
    let v = loop {
        break 7;
    };
    let lbl = 'blk: {
        if v > 5 {
            break 'blk "big";
        }
        "small"
    };
    println!("{} {}", v, lbl);
    let c = Cmd::Say("x".into());
    println!("{}", matches!(c, Cmd::Say(_)));
    println!("{}", matches!(v, 1..=9 if v != 3));
    let (mut a, mut b) = (1, 2);
    (a, b) = (b, a);
    [a, b] = [a + 10, b + 10];
    println!("{} {}", a, b);
    let t = (1, "two", 3.0);
    let (x, _, z) = t;
    println!("{} {} {}", x, z, t.1);
    let arr = [1, 2, 3, 4, 5];
    if let [first, .., last] = arr {
        println!("{} {}", first, last);
    }
    match &arr[..] {
        [a, b, rest @ ..] => println!("{} {} {:?}", a, b, rest),
        _ => {}
    }
    let n @ 1..=10 = 5 else { panic!() };
    println!("{}", n);
    let mut count = 0;
    while count < 3 {
        count += 1;
    }
    let x = if count == 3 { "three" } else { "other" };
    println!("{}", x);
    let opt: Option<i32> = None;
    println!("{}", opt.map_or(-1, |v| v * 2));
    let r: Result<i32, &str> = Ok(3);
    if let Ok(v) | Err(v) = r.map(|v| v + 1).map_err(|_| 0) {
        println!("{}", v);
    }
}
