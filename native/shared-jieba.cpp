// One jieba dictionary per process, shared by every worker thread.
//
// nodejieba's load() builds cppjieba's Jieba (a DictTrie of the whole dictionary) and a
// TextRankExtractor that reads the same dictionary into a second DictTrie: about 110 MB each, in
// every worker thread, although planmine only cuts and tags. This binding builds the trie and the
// HMM model once per process and lets all threads read them: cppjieba's cutting and tagging only
// read the trie (const methods, no shared scratch state), and the trie is never changed after load.
// The segmenters are cppjieba's own (MixSegment, QuerySegment), so the words are nodejieba's.
#define NAPI_VERSION 8
#include <node_api.h>

#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "cppjieba/DictTrie.hpp"
#include "cppjieba/HMMModel.hpp"
#include "cppjieba/MixSegment.hpp"
#include "cppjieba/QuerySegment.hpp"

namespace {

struct Shared {
  std::string paths;
  cppjieba::DictTrie trie;
  cppjieba::HMMModel model;
  cppjieba::MixSegment mix;
  cppjieba::QuerySegment query;
  Shared(const std::string& dict, const std::string& hmm, const std::string& user)
      : paths(dict + "\n" + hmm + "\n" + user), trie(dict, user), model(hmm), mix(&trie, &model), query(&trie, &model) {}
};

std::mutex loading;
// Never freed: it lives as long as the process, whichever thread loaded it ends first.
Shared* shared = nullptr;

napi_value Throw(napi_env env, const char* message) {
  napi_throw_error(env, nullptr, message);
  return nullptr;
}

bool StringArg(napi_env env, napi_value value, std::string& out) {
  size_t length = 0;
  if (napi_get_value_string_utf8(env, value, nullptr, 0, &length) != napi_ok) return false;
  out.resize(length);
  size_t written = 0;
  if (napi_get_value_string_utf8(env, value, &out[0], length + 1, &written) != napi_ok) return false;
  out.resize(written);
  return true;
}

napi_value StringValue(napi_env env, const std::string& s) {
  napi_value v;
  napi_create_string_utf8(env, s.data(), s.size(), &v);
  return v;
}

napi_value WordArray(napi_env env, const std::vector<std::string>& words) {
  napi_value array;
  napi_create_array_with_length(env, words.size(), &array);
  for (size_t i = 0; i < words.size(); i++) napi_set_element(env, array, static_cast<uint32_t>(i), StringValue(env, words[i]));
  return array;
}

// load(dictPath, hmmPath, userDictPath): builds the shared dictionary on the first call; later calls
// (other threads) must name the same files.
napi_value Load(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  std::string dict, hmm, user;
  if (argc != 3 || !StringArg(env, argv[0], dict) || !StringArg(env, argv[1], hmm) || !StringArg(env, argv[2], user)) {
    return Throw(env, "load(dictPath, hmmPath, userDictPath) takes three paths");
  }
  std::lock_guard<std::mutex> lock(loading);
  if (shared == nullptr) {
    try {
      shared = new Shared(dict, hmm, user);
    } catch (const std::exception& err) {
      return Throw(env, err.what());
    }
  } else if (shared->paths != dict + "\n" + hmm + "\n" + user) {
    return Throw(env, "the shared jieba dictionary is already loaded from other files");
  }
  napi_value result;
  napi_get_boolean(env, true, &result);
  return result;
}

// Reads (text, useHmm?) and checks the dictionary is loaded.
bool TextArgs(napi_env env, napi_callback_info info, std::string& text, bool& hmm) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  if (shared == nullptr) {
    Throw(env, "call load() before cutting");
    return false;
  }
  if (argc < 1 || !StringArg(env, argv[0], text)) {
    Throw(env, "expected a string");
    return false;
  }
  hmm = true;
  if (argc > 1) napi_get_value_bool(env, argv[1], &hmm);
  return true;
}

// Both segmenters cut with (text, words, hmm).
template <typename Segment>
napi_value CutWith(napi_env env, napi_callback_info info, const Segment Shared::*segment) {
  std::string text;
  bool hmm;
  if (!TextArgs(env, info, text, hmm)) return nullptr;
  std::vector<std::string> words;
  (shared->*segment).Cut(text, words, hmm);
  return WordArray(env, words);
}

napi_value Cut(napi_env env, napi_callback_info info) { return CutWith(env, info, &Shared::mix); }
napi_value CutForSearch(napi_env env, napi_callback_info info) { return CutWith(env, info, &Shared::query); }

napi_value Tag(napi_env env, napi_callback_info info) {
  std::string text;
  bool hmm;
  if (!TextArgs(env, info, text, hmm)) return nullptr;
  std::vector<std::pair<std::string, std::string> > tagged;
  shared->mix.Tag(text, tagged);
  napi_value array, word, tag;
  napi_create_array_with_length(env, tagged.size(), &array);
  for (size_t i = 0; i < tagged.size(); i++) {
    napi_value entry;
    napi_create_object(env, &entry);
    word = StringValue(env, tagged[i].first);
    tag = StringValue(env, tagged[i].second);
    napi_set_named_property(env, entry, "word", word);
    napi_set_named_property(env, entry, "tag", tag);
    napi_set_element(env, array, static_cast<uint32_t>(i), entry);
  }
  return array;
}

}  // namespace

NAPI_MODULE_INIT() {
  napi_property_descriptor methods[] = {
      {"load", nullptr, Load, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"cut", nullptr, Cut, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"cutForSearch", nullptr, CutForSearch, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"tag", nullptr, Tag, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  napi_define_properties(env, exports, sizeof(methods) / sizeof(methods[0]), methods);
  return exports;
}
