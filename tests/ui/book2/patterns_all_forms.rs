// patterns: literals, ranges, @ bindings, guards, nested enums and structs, slices, ref/ref mut
#[derive(Debug)]
enum Shape {
    Point,
    Circle { r: u32 },
    Line(Pos, Pos),
}

#[derive(Debug, Clone, Copy)]
struct Pos {
    x: i32,
    y: i32,
}

fn classify(n: i64) -> &'static str {
    match n {
        i64::MIN..=-1 => "negative",
        0 => "zero",
        1 | 2 | 3 => "small",
        4..=99 => "medium",
        _ => "large",
    }
}

fn grade(score: u8) -> String {
    match score {
        s @ 90..=100 => format!("A ({s})"),
        s @ 80..=89 if s % 2 == 0 => format!("B even ({s})"),
        s @ 80..=89 => format!("B odd ({s})"),
        s => format!("other ({s})"),
    }
}

fn describe(s: &Shape) -> String {
    match s {
        Shape::Point => "point".to_string(),
        Shape::Circle { r: 0 } => "degenerate circle".to_string(),
        Shape::Circle { r } if *r > 10 => format!("big circle {r}"),
        Shape::Circle { r: radius } => format!("circle {radius}"),
        Shape::Line(Pos { x: 0, y: 0 }, end) => format!("from origin to {:?}", end),
        Shape::Line(Pos { x: x1, .. }, Pos { x: x2, .. }) if x1 == x2 => "vertical".into(),
        Shape::Line(a, b) => format!("line {}..{}", a.x, b.x),
    }
}

fn slices(v: &[i32]) -> String {
    match v {
        [] => "empty".into(),
        [one] => format!("one {one}"),
        [first, .., last] if first == last => format!("bookends {first}"),
        [first, rest @ ..] => format!("first {first} then {} more", rest.len()),
    }
}

fn main() {
    for n in [-7, 0, 2, 42, 1000] {
        print!("{} ", classify(n));
    }
    println!();
    for s in [95, 84, 83, 12] {
        println!("{}", grade(s));
    }
    let shapes = vec![
        Shape::Point,
        Shape::Circle { r: 0 },
        Shape::Circle { r: 12 },
        Shape::Circle { r: 3 },
        Shape::Line(Pos { x: 0, y: 0 }, Pos { x: 2, y: 5 }),
        Shape::Line(Pos { x: 4, y: 1 }, Pos { x: 4, y: 9 }),
        Shape::Line(Pos { x: 1, y: 1 }, Pos { x: 6, y: 9 }),
    ];
    for s in &shapes {
        println!("{}", describe(s));
    }
    for v in [&[][..], &[5], &[1, 2, 1], &[1, 2, 3, 4]] {
        println!("{}", slices(v));
    }
    let ((a, b), Pos { x, y: py }) = ((1, 'q'), Pos { x: 7, y: -2 });
    println!("{a} {b} {x} {py}");
    let mut pair = (String::from("left"), 5);
    let (ref name, ref mut count) = pair;
    *count += 1;
    println!("{name} {count}");
    pair.1 += 1;
    println!("{:?}", pair);
    let c = 'k';
    let kind = match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        _ => "other",
    };
    println!("{c} is a {kind}");
}
