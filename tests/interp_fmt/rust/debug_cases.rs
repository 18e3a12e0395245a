// Composite Debug / user Display cases; prints `label<TAB>escaped output` per line.
// Regenerate ../debug_cases.json with: python tests/interp_fmt/rust/gen_debug_cases.py
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

#[derive(Debug)]
struct Foo {
    a: i32,
    b: &'static str,
}
#[derive(Debug)]
struct Unit;
#[derive(Debug)]
struct Pair(i32, i32);
#[derive(Debug)]
#[allow(dead_code)]
enum E {
    A,
    B(i32),
    C { x: f64, y: Option<char> },
}
#[derive(Debug)]
struct Outer {
    foo: Foo,
    list: Vec<i32>,
    opt: Option<Pair>,
    e: E,
}
struct Raw;
impl fmt::Debug for Raw {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("line1\nline2\n")
    }
}
#[derive(Debug)]
struct HasRaw {
    r: Raw,
    n: u8,
}
struct NonEx(i32);
impl fmt::Debug for NonEx {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("NonEx").field("v", &self.0).finish_non_exhaustive()
    }
}
struct NonExEmpty;
impl fmt::Debug for NonExEmpty {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("NonExEmpty").finish_non_exhaustive()
    }
}
struct W(i32);
impl fmt::Display for W {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "w{}", self.0)
    }
}
struct P;
impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad("pad")
    }
}
struct Fwd(f64);
impl fmt::Display for Fwd {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}
struct Inner(i32);
impl fmt::Display for Inner {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{:>4}|{:<3?}]", self.0, "s")
    }
}
struct Flags;
impl fmt::Display for Flags {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "alt={} width={:?} prec={:?} fill={:?} plus={} minus={} zero={}",
            f.alternate(),
            f.width(),
            f.precision(),
            f.fill(),
            f.sign_plus(),
            f.sign_minus(),
            f.sign_aware_zero_pad()
        )
    }
}

macro_rules! case {
    ($label:expr, $($arg:tt)*) => {{
        println!("{}\t{}", $label, format!($($arg)*).escape_default());
    }};
}

fn main() {
    let foo = Foo { a: 1, b: "x" };
    let outer = Outer {
        foo: Foo { a: -7, b: "q\"" },
        list: vec![1, 20, 300],
        opt: Some(Pair(3, 4)),
        e: E::C { x: 1.0, y: Some('\n') },
    };
    let mut map = BTreeMap::new();
    map.insert("a", 1);
    map.insert("b", 22);
    let mut nested_map: BTreeMap<i32, Vec<Foo>> = BTreeMap::new();
    nested_map.insert(1, vec![Foo { a: 2, b: "y" }]);
    nested_map.insert(2, vec![]);
    let set: BTreeSet<i32> = [3, 1, 2].into_iter().collect();
    let empty_vec: Vec<i32> = vec![];
    let empty_map: BTreeMap<i32, i32> = BTreeMap::new();
    let vv = vec![vec![1, 2], vec![], vec![3]];
    let hr = HasRaw { r: Raw, n: 9 };
    let tuple = (1, "a", 'c', 2.5, true);
    let one = (5,);
    let unit = ();
    let nested_tuple = ((), (1,), (Unit, Pair(1, 2)));
    let opts: Vec<Option<i32>> = vec![Some(3), None];
    let res: Vec<Result<i32, String>> = vec![Ok(1), Err("bad".to_string())];
    let e_list = vec![E::A, E::B(-2), E::C { x: -0.0, y: None }];
    let boxed = Box::new(Foo { a: 0, b: "" });
    let strings = vec!["multi\nline".to_string(), String::new()];
    let floats = vec![1.0f64, 0.1, 1e21, f64::NAN];

    for (n, spec) in ["?", "#?", "5?", "x?", "#x?", "<4?", "+?", "08?", ".1?", "X?", "^9?"].iter().enumerate() {
        let s = *spec;
        // the spec must be a literal: expand each through a match
        macro_rules! all {
            ($fmt:literal) => {{
                case!(format!("foo{}", s), $fmt, foo);
                case!(format!("outer{}", s), $fmt, outer);
                case!(format!("map{}", s), $fmt, map);
                case!(format!("nested_map{}", s), $fmt, nested_map);
                case!(format!("set{}", s), $fmt, set);
                case!(format!("empty_vec{}", s), $fmt, empty_vec);
                case!(format!("empty_map{}", s), $fmt, empty_map);
                case!(format!("vv{}", s), $fmt, vv);
                case!(format!("hr{}", s), $fmt, hr);
                case!(format!("tuple{}", s), $fmt, tuple);
                case!(format!("one{}", s), $fmt, one);
                case!(format!("unit{}", s), $fmt, unit);
                case!(format!("nested_tuple{}", s), $fmt, nested_tuple);
                case!(format!("opts{}", s), $fmt, opts);
                case!(format!("res{}", s), $fmt, res);
                case!(format!("e_list{}", s), $fmt, e_list);
                case!(format!("boxed{}", s), $fmt, boxed);
                case!(format!("strings{}", s), $fmt, strings);
                case!(format!("floats{}", s), $fmt, floats);
                case!(format!("unit_struct{}", s), $fmt, Unit);
                case!(format!("none{}", s), $fmt, None::<i32>);
                case!(format!("non_exh{}", s), $fmt, NonEx(4));
                case!(format!("non_exh_empty{}", s), $fmt, NonExEmpty);
            }};
        }
        match n {
            0 => all!("{:?}"),
            1 => all!("{:#?}"),
            2 => all!("{:5?}"),
            3 => all!("{:x?}"),
            4 => all!("{:#x?}"),
            5 => all!("{:<4?}"),
            6 => all!("{:+?}"),
            7 => all!("{:08?}"),
            8 => all!("{:.1?}"),
            9 => all!("{:X?}"),
            _ => all!("{:^9?}"),
        }
    }
    case!("w_width", "{:>10}", W(3));
    case!("w_plain", "{}", W(3));
    case!("p_width", "{:>10}", P);
    case!("p_prec", "{:.1}", P);
    case!("p_center", "{:*^9}", P);
    case!("fwd_width", "{:08.2}", Fwd(3.14159));
    case!("inner_width", "{:>20}", Inner(7));
    case!("flags_plain", "{}", Flags);
    case!("flags_all", "{:_<+#012.3}", Flags);
    case!("flags_minus", "{:-}", Flags);
}
