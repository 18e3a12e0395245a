// Pattern syntax tour: literals, ranges, @ bindings, nested enums/structs, slices,
// ref/ref mut, guards, let-else, while let on a stack, tuple and struct destructuring.
#[derive(Debug)]
enum Shape {
    Circle { r: f64 },
    Rect { w: f64, h: f64 },
    Poly(Vec<(i32, i32)>),
}

#[derive(Debug, Clone, Copy)]
struct Point3 {
    x: i32,
    y: i32,
    z: i32,
}

enum Msg {
    Quit,
    Move { x: i32, y: i32 },
    Write(String),
    Color(u8, u8, u8),
    Batch(Vec<Msg>),
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

fn describe(p: Point3) -> String {
    match p {
        Point3 { x: 0, y: 0, z: 0 } => "origin".to_string(),
        Point3 { x, y: 0, z: 0 } => format!("on x axis at {}", x),
        Point3 { z, .. } if z < 0 => format!("below ground by {}", -z),
        Point3 { x: a @ 1..=9, y: b @ 1..=9, .. } => format!("small xy {}{}", a, b),
        Point3 { x, y, z } => format!("({}, {}, {})", x, y, z),
    }
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle { r } => 3.0 * r * r,
        &Shape::Rect { w, h } if w == h => w * w,
        Shape::Rect { w, h } => w * h,
        Shape::Poly(pts) => match pts.as_slice() {
            [] | [_] | [_, _] => 0.0,
            [first, .., last] => ((last.0 - first.0).abs() * (last.1 - first.1).abs()) as f64 / 2.0,
        },
    }
}

fn handle(m: &Msg, depth: usize) {
    let pad = " ".repeat(depth * 2);
    match m {
        Msg::Quit => println!("{}quit", pad),
        Msg::Move { x: 0, y } => println!("{}vertical move {}", pad, y),
        Msg::Move { x, y } => println!("{}move {},{}", pad, x, y),
        Msg::Write(text) if text.is_empty() => println!("{}empty write", pad),
        Msg::Write(text) => println!("{}write {:?} ({} bytes)", pad, text, text.len()),
        Msg::Color(r, _, b) if r == b => println!("{}symmetric color {}", pad, r),
        Msg::Color(r, g, b) => println!("{}color #{:02x}{:02x}{:02x}", pad, r, g, b),
        Msg::Batch(items) => {
            println!("{}batch of {}", pad, items.len());
            for it in items {
                handle(it, depth + 1);
            }
        }
    }
}

fn sum_pairs(v: &[(i32, i32)]) -> i32 {
    let mut total = 0;
    for &(a, b) in v {
        total += a * b;
    }
    total
}

fn parse_kv(s: &str) -> Option<(&str, i32)> {
    let Some((k, v)) = s.split_once(':') else {
        return None;
    };
    let Ok(n) = v.trim().parse::<i32>() else {
        return None;
    };
    Some((k.trim(), n))
}

fn main() {
    for n in [-5, 0, 2, 42, 1000] {
        print!("{}={} ", n, classify(n));
    }
    println!();
    for p in [Point3 { x: 0, y: 0, z: 0 }, Point3 { x: 7, y: 0, z: 0 }, Point3 { x: 1, y: 2, z: -3 }, Point3 { x: 3, y: 4, z: 5 }, Point3 { x: 30, y: 4, z: 5 }] {
        println!("{}", describe(p));
    }
    let shapes = vec![Shape::Circle { r: 2.0 }, Shape::Rect { w: 3.0, h: 3.0 }, Shape::Rect { w: 2.0, h: 5.5 }, Shape::Poly(vec![(0, 0), (4, 1), (6, 8)]), Shape::Poly(vec![(1, 1)])];
    for s in &shapes {
        println!("{:?} area {:.1}", s, area(s));
    }
    let msgs = Msg::Batch(vec![
        Msg::Move { x: 0, y: 5 },
        Msg::Move { x: 2, y: -1 },
        Msg::Write(String::new()),
        Msg::Write("hi".into()),
        Msg::Color(10, 200, 10),
        Msg::Color(255, 128, 0),
        Msg::Batch(vec![Msg::Quit]),
    ]);
    handle(&msgs, 0);

    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        print!("{} ", top);
    }
    println!();
    println!("{}", sum_pairs(&[(1, 2), (3, 4), (5, 6)]));
    let ((a, b), [c, .., d]) = ((1, "two"), [3, 4, 5, 6]);
    println!("{} {} {} {}", a, b, c, d);

    let mut pair = (String::from("left"), 5);
    {
        let (ref s, ref mut n) = pair;
        *n += s.len() as i32;
    }
    println!("{:?}", pair);
    let mut opt = Some(3);
    if let Some(ref mut v) = opt {
        *v *= 10;
    }
    println!("{:?}", opt);
    for s in ["a: 1", "b:x", "nocolon", " c : -7 "] {
        println!("{:?} -> {:?}", s, parse_kv(s));
    }
    let arr = [10, 20, 30, 40, 50];
    if let [first, second, rest @ ..] = &arr[..] {
        println!("{} {} rest={:?}", first, second, rest);
    }
    let n = 7u8;
    let msg = match n {
        x @ (1 | 3 | 5 | 7 | 9) => format!("odd digit {}", x),
        x if x < 10 => format!("even digit {}", x),
        _ => "big".into(),
    };
    println!("{}", msg);
    let c = 'k';
    println!("{}", matches!(c, 'a'..='m') as u8 + matches!(Some(5), Some(x) if x > 3) as u8);
}
