// `dyn Any`: the static type a value had when it was coerced decides `is` / `downcast_*`,
// so integers of different widths and `&str` vs `String` are told apart.
use std::any::{Any, TypeId};

#[derive(Debug)]
struct Counter {
    hits: u32,
}

fn describe(a: &dyn Any) -> String {
    if let Some(n) = a.downcast_ref::<i32>() {
        format!("i32 {}", n)
    } else if let Some(n) = a.downcast_ref::<u8>() {
        format!("u8 {}", n)
    } else if let Some(s) = a.downcast_ref::<&str>() {
        format!("str {:?}", s)
    } else if let Some(s) = a.downcast_ref::<String>() {
        format!("String {:?}", s)
    } else if a.is::<Counter>() {
        "a Counter".to_string()
    } else {
        "unknown".to_string()
    }
}

fn bump(a: &mut dyn Any) {
    if let Some(c) = a.downcast_mut::<Counter>() {
        c.hits += 1;
    }
}

fn main() {
    println!("{}", describe(&5));
    println!("{}", describe(&5u8));
    println!("{}", describe(&5i64));
    println!("{}", describe(&"hi"));
    println!("{}", describe(&String::from("owned")));
    let mut c = Counter { hits: 0 };
    println!("{}", describe(&c));
    bump(&mut c);
    bump(&mut c);
    bump(&mut 3);
    println!("{:?}", c);

    let items: Vec<Box<dyn Any>> = vec![Box::new(1.5f64), Box::new(7u8), Box::new(Counter { hits: 9 })];
    for b in &items {
        println!("{} {}", b.is::<f64>(), b.downcast_ref::<u8>().map_or(0, |n| *n + 1));
    }
    let boxed: Box<dyn Any> = Box::new(String::from("inside"));
    match boxed.downcast::<i32>() {
        Ok(n) => println!("int {}", n),
        Err(back) => match back.downcast::<String>() {
            Ok(s) => println!("string {} {}", s, s.len()),
            Err(_) => println!("neither"),
        },
    }
    let e: &dyn Any = &0u16;
    println!("{} {}", e.type_id() == TypeId::of::<u16>(), e.type_id() == TypeId::of::<i16>());
}
