// enums: data-carrying variants, impl on enum, match with bindings
#[derive(Debug)]
enum Addr {
    V4(u8, u8, u8, u8),
    V6(String),
}

enum Msg {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    Color(u8, u8, u8),
}

impl Msg {
    fn describe(&self) -> String {
        match self {
            Msg::Quit => "quit".to_string(),
            Msg::Move { x, y } if *x == 0 && *y == 0 => "stay".to_string(),
            Msg::Move { x, y } => format!("move by {x},{y}"),
            Msg::Write(text) => format!("write {} chars", text.len()),
            Msg::Color(r, _, b) => format!("color r={r} b={b}"),
        }
    }
}

fn show(a: &Addr) {
    match a {
        Addr::V4(a, b, c, d) => println!("{a}.{b}.{c}.{d}"),
        Addr::V6(s) => println!("[{s}]"),
    }
}

fn main() {
    let home = Addr::V4(127, 0, 0, 1);
    let lo = Addr::V6(String::from("::1"));
    show(&home);
    show(&lo);
    println!("{:?}", lo);

    let msgs = vec![
        Msg::Move { x: 0, y: 0 },
        Msg::Move { x: 3, y: -1 },
        Msg::Write(String::from("hello")),
        Msg::Color(1, 2, 3),
        Msg::Quit,
    ];
    for m in &msgs {
        println!("{}", m.describe());
    }
}
