// a recursive JSON-like value enum with a pretty printer, path lookup and in-place edits via &mut
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    List(Vec<Value>),
    Obj(BTreeMap<String, Value>),
}

fn render(v: &Value, indent: usize, out: &mut String) {
    let pad = " ".repeat(indent);
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Num(n) => out.push_str(&format!("{}", n)),
        Value::Str(s) => out.push_str(&format!("{:?}", s)),
        Value::List(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                render(item, indent, out);
            }
            out.push(']');
        }
        Value::Obj(fields) => {
            out.push_str("{\n");
            for (k, val) in fields {
                out.push_str(&format!("{}  {:?}: ", pad, k));
                render(val, indent + 2, out);
                out.push_str(",\n");
            }
            out.push_str(&pad);
            out.push('}');
        }
    }
}

fn lookup<'a>(v: &'a Value, path: &[&str]) -> Option<&'a Value> {
    let mut cur = v;
    for key in path {
        cur = match cur {
            Value::Obj(fields) => fields.get(*key)?,
            Value::List(items) => items.get(key.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(cur)
}

fn lookup_mut<'a>(v: &'a mut Value, key: &str) -> Option<&'a mut Value> {
    match v {
        Value::Obj(fields) => fields.get_mut(key),
        _ => None,
    }
}

fn main() {
    let mut user = BTreeMap::new();
    user.insert("name".to_string(), Value::Str("ana".into()));
    user.insert("admin".to_string(), Value::Bool(false));
    user.insert("scores".to_string(), Value::List(vec![Value::Num(9.5), Value::Num(7.0), Value::Null]));
    let mut doc = Value::Obj(user);

    println!("{:?}", lookup(&doc, &["scores", "1"]));
    println!("{:?}", lookup(&doc, &["name", "first"]));
    if let Some(Value::Bool(flag)) = lookup_mut(&mut doc, "admin") {
        *flag = true;
    }
    if let Some(Value::List(items)) = lookup_mut(&mut doc, "scores") {
        items.retain(|v| *v != Value::Null);
        items.push(Value::Num(10.0));
    }
    let mut out = String::new();
    render(&doc, 0, &mut out);
    println!("{}", out);
}
