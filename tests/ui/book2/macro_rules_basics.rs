// macros: macro_rules! with repetitions, several arms, recursion and expression fragments
macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

macro_rules! list {
    () => {
        Vec::new()
    };
    ($($item:expr),+ $(,)?) => {{
        let mut v = Vec::new();
        $(v.push($item);)+
        v
    }};
}

macro_rules! max_of {
    ($x:expr) => { $x };
    ($x:expr, $($rest:expr),+) => {{
        let a = $x;
        let b = max_of!($($rest),+);
        if a > b { a } else { b }
    }};
}

macro_rules! point_struct {
    ($name:ident { $($field:ident),* }) => {
        #[derive(Debug, Default)]
        struct $name {
            $($field: i32,)*
        }
    };
}

macro_rules! hashmap {
    ($($k:expr => $v:expr),* $(,)?) => {{
        let mut m = std::collections::BTreeMap::new();
        $(m.insert($k, $v);)*
        m
    }};
}

point_struct!(P3 { x, y, z });

fn main() {
    println!("{}", square!(7));
    println!("{}", square!(2 + 3));
    let empty: Vec<u8> = list![];
    let nums = list![1, 2, 3,];
    println!("{:?} {:?}", empty, nums);
    println!("max {}", max_of!(3, 9, 4, 8));
    println!("max {}", max_of!(5));
    let p = P3 { x: 1, ..Default::default() };
    println!("{:?}", p);
    let ages = hashmap! { "ann" => 31, "bob" => 27 };
    println!("{:?}", ages);
}
