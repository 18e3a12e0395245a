use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Circle { r: f64 },
    Rect(u32, u32),
    Empty,
}

#[derive(Debug)]
struct Inner {
    name: String,
    tags: Vec<&'static str>,
    opt: Option<Box<Inner>>,
}

#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Pair(i32, char);

#[derive(Debug)]
struct Outer {
    id: u8,
    shapes: Vec<Shape>,
    inner: Inner,
    map: BTreeMap<String, (i32, bool)>,
    unit: Unit,
    pair: Pair,
    empty: Vec<i32>,
    nested: [[i8; 2]; 2],
}

fn main() {
    let o = Outer {
        id: 7,
        shapes: vec![Shape::Circle { r: 1.5 }, Shape::Rect(2, 3), Shape::Empty],
        inner: Inner {
            name: String::from("in\"ner\n"),
            tags: vec!["a", "b\tc"],
            opt: Some(Box::new(Inner { name: "deep".to_string(), tags: vec![], opt: None })),
        },
        map: [("x".to_string(), (1, true)), ("a".to_string(), (-2, false))].into_iter().collect(),
        unit: Unit,
        pair: Pair(-3, '\''),
        empty: Vec::new(),
        nested: [[1, -1], [0, 127]],
    };
    println!("{:?}", o);
    println!("{:#?}", o);
    let mut hm: HashMap<i32, Vec<Option<&str>>> = HashMap::new();
    hm.insert(1, vec![Some("x"), None]);
    println!("{:#?}", hm);
    let set: BTreeSet<char> = "hello".chars().collect();
    println!("{:?} {:#?}", set, set);
    let dq: VecDeque<(u8, &str)> = vec![(1, "one"), (2, "two")].into_iter().collect();
    println!("{:#?}", dq);
    let r: Result<Shape, String> = Err("bad".into());
    println!("{:#?}", r);
    let t = (1, "two", 3.0, 'c', (), [(); 0]);
    println!("{:?}", t);
    println!("{:#?}", t);
    println!("{:#?}", Some(Some(Unit)));
    println!("{:?}", Shape::Circle { r: 1.5 }.clone() == Shape::Circle { r: 1.5 });
    println!("[{:>12?}] [{:<8?}] [{:^10?}]", Some(1), Pair(1, 'x'), "ab");
    println!("{:08.3?} {:+?} {:#x?} {:#?}", 3.14159f64, 5, vec![255, 16], 0.1f32 + 0.2f32);
}
