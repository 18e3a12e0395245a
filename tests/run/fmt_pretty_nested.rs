use std::collections::{BTreeMap, BTreeSet};
#[derive(Debug)]
enum Shape { Circle { r: f64 }, Rect(u32, u32), Empty }
#[derive(Debug)]
struct Unit;
#[derive(Debug)]
struct Wrap(Vec<Shape>);
#[derive(Debug)]
struct Scene { name: String, shapes: Wrap, tags: BTreeSet<&'static str>, unit: Unit, meta: BTreeMap<u8, (char, Option<Box<Shape>>)> }
fn main() {
    let mut meta = BTreeMap::new();
    meta.insert(2, ('b', None));
    meta.insert(1, ('a', Some(Box::new(Shape::Rect(1, 2)))));
    let s = Scene {
        name: "demo".to_string(),
        shapes: Wrap(vec![Shape::Circle { r: 1.5 }, Shape::Empty, Shape::Rect(3, 4)]),
        tags: ["x", "a"].into_iter().collect(),
        unit: Unit,
        meta,
    };
    println!("{:?}", s);
    println!("{:#?}", s);
    println!("{:#?}", Wrap(vec![]));
    println!("{:#?}", (Unit, [1, 2], "s"));
}
